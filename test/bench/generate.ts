import { createWriteStream } from 'node:fs';
import { once } from 'node:events';

/** A small deterministic generator (mulberry32), so every run rates the same firms. */
export function random(seed: number): () => number {
  return () => {
    seed = (seed + 0x6d2b79f5) | 0;
    let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const PRC_SECTORS = [
  'agriculture', 'industry', 'construction', 'wholesale', 'retail', 'transportation', 'warehousing', 'post',
  'accommodation', 'catering', 'information-transmission', 'software-it', 'real-estate-development',
  'property-management', 'leasing-business-services', 'other',
] as const;

export interface GeneratedFirm {
  sector: string;
  employees: number;
  revenue: number;
  assets: number;
}

/** Firms whose sizes spread over every class: log-uniform headcount and money (in 10k yuan). */
export function generateFirms(n: number, seed = 1): GeneratedFirm[] {
  const r = random(seed);
  return Array.from({ length: n }, () => ({
    sector: PRC_SECTORS[Math.floor(r() * PRC_SECTORS.length)]!,
    employees: Math.round(Math.exp(r() * 8)),
    revenue: Math.round(Math.exp(r() * 12)),
    assets: Math.round(Math.exp(r() * 12)),
  }));
}

export const REGISTER_HEADER = [
  'firm', 'sector', 'employees', 'revenue', 'assets', 'rd_spend', 'new_product_share', 'own_brand',
  'process_innovation', 'quality_certified', 'automation_share', 'export_share',
] as const;

/**
 * Writes a register of `rows` firms with size and capability columns (about 100 bytes a row) as a
 * stream, so a 4,000,000-row file never sits in memory here either.
 */
export async function writeRegister(path: string, rows: number, seed = 7): Promise<void> {
  const r = random(seed);
  const out = createWriteStream(path);
  const yn = () => (r() < 0.5 ? 'yes' : 'no');
  out.write(`${REGISTER_HEADER.join(',')}\n`);
  let chunk = '';
  for (let i = 0; i < rows; i++) {
    const revenue = Math.round(Math.exp(r() * 12));
    chunk +=
      `Firm ${i},${PRC_SECTORS[Math.floor(r() * PRC_SECTORS.length)]},${Math.round(Math.exp(r() * 8))},${revenue},${Math.round(Math.exp(r() * 12))},` +
      `${Math.round(revenue * r() * 0.04)},${Math.round(r() * 60)}%,${yn()},${yn()},${yn()},${(r()).toFixed(2)},${Math.round(r() * 90)}%\n`;
    if (chunk.length > 1 << 16) {
      if (!out.write(chunk)) await once(out, 'drain');
      chunk = '';
    }
  }
  out.end(chunk);
  await once(out, 'finish');
}
