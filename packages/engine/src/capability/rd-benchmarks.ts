import { normaliseWord } from '../size/resolve-sector.js';

/**
 * R&D input intensity (R&D expenditure ÷ sales income) by industry, 2002: the paper's Table 4
 * (source: MoF, MoST and NBS 2003). A firm's R&D intensity is compared with its industry's figure;
 * a sector the table does not name (including the size standards' broad `industry`) uses the total.
 * The table's third row groups three industries at 1.2 %; each is listed here on its own.
 */
export interface RdBenchmark {
  readonly id: string;
  /** Fraction: 0.018 = 1.8 %. */
  readonly intensity: number;
  readonly en: string;
  readonly zh: string;
  readonly aliases: readonly string[];
}

export const RD_BENCHMARK_SOURCE = 'ADBI DP 55 (Yang, Lim & Kanamori 2006), Table 4: R&D input intensity, 2002 (MoF, MoST, NBS 2003)';

export const RD_BENCHMARK_TOTAL_ID = 'all-industry';

export const RD_BENCHMARKS: readonly RdBenchmark[] = [
  { id: RD_BENCHMARK_TOTAL_ID, intensity: 0.01, en: 'all industry (total)', zh: '全部工业', aliases: ['total', 'all industries', '合计', '总计'] },
  {
    id: 'electrical-equipment',
    intensity: 0.018,
    en: 'electric machinery and equipment / equipment manufacturing',
    zh: '电气机械及器材制造业',
    aliases: ['electric machinery and equipment', 'electrical machinery', 'electric machinery', 'electrical equipment', 'equipment manufacturing', '电气机械', '装备制造业'],
  },
  {
    id: 'electronics-communication',
    intensity: 0.017,
    en: 'electronic and communication equipment',
    zh: '电子及通信设备制造业',
    aliases: ['electronics', 'electronic equipment', 'communication equipment', 'electronic and communication equipment manufacturing', '电子', '通信设备', '电子设备'],
  },
  {
    id: 'machinery',
    intensity: 0.013,
    en: 'conventional machinery / specialised facility manufacturing',
    zh: '普通机械及专用设备制造业',
    aliases: ['conventional machinery', 'general machinery', 'specialised machinery', 'specialized machinery', 'special purpose machinery', '普通机械制造业', '通用设备制造业', '专用设备制造业'],
  },
  {
    id: 'transport-equipment',
    intensity: 0.012,
    en: 'transport and communication facilities manufacturing',
    zh: '交通运输设备制造业',
    aliases: ['transport equipment', 'transport equipment manufacturing', 'automotive', 'vehicles', '运输设备'],
  },
  {
    id: 'instruments-office-machinery',
    intensity: 0.012,
    en: 'instruments and meters, office machinery manufacturing',
    zh: '仪器仪表及文化办公用机械制造业',
    aliases: ['instruments', 'instruments and meters', 'office machinery', '仪器仪表'],
  },
  { id: 'rubber', intensity: 0.012, en: 'rubber production', zh: '橡胶制品业', aliases: ['rubber products', '橡胶'] },
  { id: 'medicine', intensity: 0.011, en: 'medicine manufacturing', zh: '医药制造业', aliases: ['pharmaceuticals', 'pharmaceutical', 'medicines', '医药'] },
];

const BY_WORD: ReadonlyMap<string, RdBenchmark> = new Map(
  RD_BENCHMARKS.flatMap((b) => [b.id, b.en, b.zh, ...b.aliases].map((w) => [normaliseWord(w), b] as const)),
);

// A register repeats a few dozen sector spellings over millions of rows: normalise each spelling once.
const FOUND_BEFORE = new Map<string, RdBenchmark | null>();
const REMEMBER_AT_MOST = 10_000;

/** The Table 4 row a typed sector names, if any (exact words only: a guess would move the benchmark silently). */
export function findRdBenchmark(typed: string): RdBenchmark | undefined {
  const known = FOUND_BEFORE.get(typed);
  if (known !== undefined) return known ?? undefined;
  const found = BY_WORD.get(normaliseWord(typed));
  if (FOUND_BEFORE.size < REMEMBER_AT_MOST) FOUND_BEFORE.set(typed, found ?? null);
  return found;
}

export function rdBenchmarkTotal(): RdBenchmark {
  return RD_BENCHMARKS[0]!;
}
