import { describe, expect, it } from 'vitest';
import type { FirmRow } from '../fields/firm-row.js';
import { formatIssue } from '../messages/format.js';
import { assessFinancing, type FinancingAssessment } from './assess-financing.js';

function vc(row: FirmRow): FinancingAssessment['vcFit'] {
  const r = assessFinancing(row);
  if (!r.ok) throw new Error(r.errors.map((e) => formatIssue(e)).join('; '));
  return r.vcFit;
}
const scores = (fits: FinancingAssessment['vcFit']) => fits.map((f) => [f.id, f.score]);

// Table A.1: government (high-tech, early, local); corporate (high-tech, late/expansion, local/regional);
// university (high-tech, early, universities/regional, its own S&T); foreign (high growth, growth, metropolitan).
describe('venture-capital fit against Table A.1', () => {
  it('government VC tops for an early high-tech firm in a county with no university link', () => {
    const fits = vc({ stage: 'early', high_tech: 'yes', location: 'county', university_link: 'no' });
    expect(scores(fits)).toEqual([
      ['government', 3],
      ['corporate', 2],
      ['university', 0],
      ['foreign', 0],
    ]);
    expect(fits[0]!.reasons.map((x) => formatIssue(x))).toEqual(['technology-intensive', 'early stage', 'local (county level or below)']);
    expect(fits[2]!.gaps.map((x) => formatIssue(x))).toEqual([
      'university VC out of reach: a criterion it requires is not met',
      'local (county level or below), not regional city',
      'no university link',
    ]);
  });

  it('corporate VC tops for a high-tech firm in expansion in a regional city', () => {
    expect(scores(vc({ stage: '扩张期', high_tech: '是', location: 'regional' }))).toEqual([
      ['corporate', 3],
      ['government', 2],
      ['university', 2],
      ['foreign', 0],
    ]);
  });

  it('university VC tops for an early high-tech spin-off linked to a university', () => {
    const fits = vc({ stage: 'seed', high_tech: 'yes', location: '地级市', university_link: 'yes' });
    expect(scores(fits)).toEqual([
      ['university', 4],
      ['government', 3],
      ['corporate', 2],
      ['foreign', 0],
    ]);
    expect(fits[0]!.max).toBe(4);
  });

  it('foreign VC tops for a fast-growing firm in Shanghai that is not high-tech', () => {
    const fits = vc({ stage: 'growth', high_growth: 'yes', location: 'Shanghai', high_tech: 'no' });
    expect(scores(fits)).toEqual([
      ['foreign', 3],
      ['government', 0],
      ['corporate', 0],
      ['university', 0],
    ]);
    expect(fits[0]!.reasons.map((x) => formatIssue(x))).toEqual(['high growth (over 20 % a year)', 'growth stage', 'major metropolitan area']);
  });

  it('a tie keeps the order of Table A.1 (government before university)', () => {
    expect(scores(vc({ stage: 'early', high_tech: 'yes', location: 'regional' })).slice(0, 2)).toEqual([
      ['government', 3],
      ['university', 3],
    ]);
  });

  it('no VC input at all: no ranking, and a reason', () => {
    const r = assessFinancing({ no_collateral: 'yes' });
    expect(r.ok && r.vcFit).toEqual([]);
    expect(r.ok && r.reasons.map((x) => formatIssue(x))).toContain(
      'venture-capital fit not assessed: stage, location, high_tech, high_growth and university_link are all blank',
    );
  });

  it('a product-capability score stands in for a blank high_tech (≥ 50 of 100 is high)', () => {
    const at50 = assessFinancing({ stage: 'early' }, { productScore: 50 });
    expect(at50.ok && scores(at50.vcFit)[0]).toEqual(['government', 2]);
    const at49 = assessFinancing({ stage: 'early', high_growth: 'no' }, { productScore: 49.9 });
    expect(at49.ok && scores(at49.vcFit).every(([, s]) => s === 0)).toBe(true);
    // The row's own answer wins over the score.
    const row = assessFinancing({ stage: 'early', high_tech: 'no' }, { productScore: 90 });
    expect(row.ok && row.vcFit[0]!.score).toBe(0);
  });
});
