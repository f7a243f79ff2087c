import { describe, expect, it } from 'vitest';
import { formatIssue, formatIssues } from '../messages/format.js';
import { classifySize, type FirmSizeInput, type SizeOptions } from './classify-size.js';

function rate(firm: FirmSizeInput, options: SizeOptions) {
  const r = classifySize(firm, options);
  if (!r.ok) throw new Error(`expected a class, got: ${formatIssues(r.errors)}`);
  return r;
}
function errorOf(firm: FirmSizeInput, options: SizeOptions = {}) {
  const r = classifySize(firm, options);
  if (r.ok) throw new Error(`expected an error, got ${r.class}`);
  return formatIssues(r.errors);
}

describe('reasons', () => {
  it('says which bounds were met and which missed, in one sentence', () => {
    const r = rate({ sector: 'industry', employees: 350, revenue: 2500 }, { standard: 'prc-2011' });
    expect(r.class).toBe('medium');
    expect(r.isSme).toBe(true);
    expect(r.sector).toBe('industry');
    expect(formatIssues(r.reasons)).toBe(
      'medium: 350 persons ≥ 300 and revenue 2,500 ≥ 2,000 (10k yuan); not large: 350 < 1,000 persons and revenue 2,500 < 40,000 (10k yuan)',
    );
  });

  it('keeps the reasons as data', () => {
    const r = rate({ sector: 'industry', employees: 350, revenue: 2500 }, { standard: 'prc-2011' });
    expect(r.reasons[0]).toEqual({
      code: 'size.tier-met',
      params: {
        class: 'medium',
        checks: [
          { indicator: 'employees', label: 'persons', op: '>=', bound: 300, value: 350, unit: null },
          { indicator: 'revenue', label: 'revenue', op: '>=', bound: 2000, value: 2500, unit: '10k-yuan' },
        ],
      },
    });
  });

  it('names the standard’s own word for an indicator', () => {
    const r = rate({ sector: 'retail', employees: 600, revenue: 20000 }, { standard: 'prc-2003' });
    expect(formatIssues(r.reasons)).toBe('large: 600 persons ≥ 500 and sales 20,000 ≥ 15,000 (10k yuan)');
  });

  it('settles the class from the indicators given when they suffice, and says so', () => {
    const r = rate({ sector: 'industry', employees: 12 }, { standard: 'prc-2011' });
    expect(r.class).toBe('micro');
    expect(formatIssues(r.reasons)).toBe('micro: not small: 12 < 20 persons; revenue not given, not needed to decide');
  });

  it('names the missing indicator when the class is not settled', () => {
    expect(errorOf({ sector: 'industry', employees: 500 }, { standard: 'prc-2011' })).toBe(
      'revenue is needed: under prc-2011 (industry) the firm could be medium, small or micro',
    );
    expect(errorOf({ sector: 'industry', employees: '', revenue: 5000 }, { standard: 'prc-2011' })).toBe(
      'employees is needed: under prc-2011 (industry) the firm could be medium, small or micro',
    );
  });

  it('converts yuan and million yuan to the standard’s 10k yuan', () => {
    expect(rate({ sector: 'industry', employees: 350, revenue: 25_000_000 }, { standard: 'prc-2011', unit: 'yuan' }).values.revenue).toBe(2500);
    expect(rate({ sector: 'industry', employees: 350, revenue: 25 }, { standard: 'prc-2011', unit: 'million-yuan' }).values.revenue).toBe(2500);
    expect(rate({ sector: 'industry', employees: 350, revenue: 25 }, { standard: 'prc-2011', unit: '百万元' }).class).toBe('medium');
  });

  it('defaults to prc-2017, which cites both 2011 and 2017 documents', () => {
    const r = rate({ sector: '工业', employees: 350, revenue: 2500 }, {});
    expect(r.standard).toBe('prc-2017');
    expect(r.class).toBe('medium');
  });
});

describe('sectors', () => {
  it('accepts ids, English labels in any case and spacing, and Chinese names', () => {
    for (const typed of ['software-it', 'Software and IT Services', '  software  and it services ', '软件和信息技术服务业', 'SOFTWARE_IT'])
      expect(rate({ sector: typed, employees: 150, revenue: 2000 }, { standard: 'prc-2011' }).sector).toBe('software-it');
  });

  it('suggests the nearest sector for a typo', () => {
    expect(errorOf({ sector: 'minning', employees: 5 }, { standard: 'prc-2017' })).toBe("sector 'minning' is not in prc-2017; did you mean 'mining' → industry?");
  });

  it('names the sectors a standard lists when it does not list the one given', () => {
    expect(errorOf({ sector: 'software-it', employees: 5 }, { standard: 'prc-2003' })).toBe(
      "sector 'software-it' is not in prc-2003, which lists: industry, construction, wholesale, retail, transportation, post, hotels-restaurants",
    );
    expect(errorOf({ sector: 'quantum widgets', employees: 5 }, { standard: 'prc-2011' })).toBe(
      "sector 'quantum widgets' is not in prc-2011, which lists: agriculture, industry, construction, wholesale, retail, transportation, warehousing, post, accommodation, catering, information-transmission, software-it, real-estate-development, property-management, leasing-business-services, other",
    );
  });

  it('reads 2011’s accommodation and catering as 2003’s hotels and restaurants', () => {
    expect(rate({ sector: 'catering', employees: 500, revenue: 5000 }, { standard: 'prc-2003' }).sector).toBe('hotels-restaurants');
  });

  it('needs a sector under the PRC standards but not under EU or IFC', () => {
    expect(errorOf({ employees: 5, revenue: 10 }, { standard: 'prc-2011' })).toMatch(/^sector is blank; prc-2011 needs one of: agriculture, industry, /);
    expect(rate({ employees: 5, revenue: 10, assets: 10 }, { standard: 'eu-2003' }).sector).toBeNull();
  });

  it('warns about an unrecognised sector that EU or IFC do not need', () => {
    const r = rate({ sector: 'widgets', employees: 5, revenue: 10, assets: 10 }, { standard: 'ifc' });
    expect(formatIssues(r.warnings)).toBe("sector 'widgets' is not recognised; ignored, as ifc does not depend on sector");
  });
});

describe('bad input', () => {
  const firm = (employees: unknown): FirmSizeInput => ({ sector: 'industry', employees, revenue: 2500 });
  it.each([
    ['text', 'abc', "employees must be a number ≥ 0, got 'abc'"],
    ['negative', -5, 'employees must be a number ≥ 0, got -5'],
    ['negative text', '-5', 'employees must be a number ≥ 0, got -5'],
    ['NaN', Number.NaN, 'employees must be a number ≥ 0, got NaN'],
    ['Infinity', Number.POSITIVE_INFINITY, 'employees must be a finite number, got Infinity'],
    ['boolean', true, "employees must be a number ≥ 0, got 'true'"],
  ])('%s', (_, value, message) => {
    expect(errorOf(firm(value), { standard: 'prc-2011' })).toBe(message);
  });

  it('blank is missing, not zero', () => {
    expect(errorOf(firm('  '), { standard: 'prc-2011' })).toBe('employees is needed: under prc-2011 (industry) the firm could be medium, small or micro');
  });

  it('reads thousands separators', () => {
    expect(rate({ sector: 'industry', employees: '1,200', revenue: '45,000' }, { standard: 'prc-2011' }).class).toBe('large');
  });

  it('1e15 is classified with a warning that the unit is likely wrong', () => {
    const r = rate({ sector: 'industry', employees: 1e15, revenue: 1e15 }, { standard: 'prc-2011' });
    expect(r.class).toBe('large');
    expect(r.warnings.map((w) => formatIssue(w))).toEqual([
      'employees 1,000,000,000,000,000 is more persons than any firm employs (over 3,000,000); check the figure',
      'revenue 1,000,000,000,000,000 (10k yuan) is more than any firm in the world reports (over 1,000,000,000); check the unit',
    ]);
  });

  it('a revenue of 3e12 in 10k yuan is a warning, not a silent class', () => {
    const r = rate({ sector: 'retail', employees: 400, revenue: 3e12 }, { standard: 'prc-2017' });
    expect(r.class).toBe('large');
    expect(formatIssues(r.warnings)).toBe(
      'revenue 3,000,000,000,000 (10k yuan) is more than any firm in the world reports (over 1,000,000,000); check the unit',
    );
  });

  it('ignores, with a warning, a bad value in a column the sector does not use', () => {
    const r = rate({ sector: 'wholesale', employees: 30, revenue: 6000, assets: 'n/a' }, { standard: 'prc-2011' });
    expect(r.class).toBe('medium');
    expect(formatIssues(r.warnings)).toBe("assets is not a number ('n/a'); ignored, as this sector's rule does not use it");
  });

  it('unknown standard', () => {
    expect(errorOf(firm(10), { standard: 'prc-2020' })).toBe("unknown standard 'prc-2020'; use one of: prc-2003, prc-2011, prc-2017, eu-2003, ifc");
  });

  it('unknown unit', () => {
    expect(errorOf(firm(10), { standard: 'prc-2011', unit: 'usd' })).toBe("unknown unit 'usd' for prc-2011; use one of: 10k-yuan, yuan, million-yuan");
    expect(errorOf(firm(10), { standard: 'eu-2003', unit: 'parsecs' })).toBe("unknown unit 'parsecs' for eu-2003; use one of: eur, million-eur");
  });
});

describe('EU 2003/361', () => {
  it('needs the headcount ceiling and one financial ceiling', () => {
    const r = rate({ employees: 30, revenue: 8_000_000, assets: 12_000_000 }, { standard: 'eu-2003' });
    expect(r.class).toBe('small');
    expect(formatIssues(r.reasons)).toBe(
      'small: 30 AWU < 50 and turnover 8,000,000 ≤ 10,000,000 (EUR); not micro: 30 ≥ 10 AWU and turnover 8,000,000 > 2,000,000 (EUR) and balance-sheet total 12,000,000 > 2,000,000 (EUR)',
    );
  });

  it('settles large from headcount alone', () => {
    expect(rate({ employees: 250 }, { standard: 'eu-2003' }).class).toBe('large');
  });

  it('adds partners in proportion and linked enterprises in full', () => {
    const r = rate(
      {
        employees: 30,
        revenue: 8_000_000,
        assets: 9_000_000,
        partners: [{ name: 'Partner A', share: '40%', employees: 20, revenue: 2_000_000, assets: 1_000_000 }],
        linked: [{ name: 'Sub B', employees: 5, revenue: 500_000, assets: 500_000 }],
      },
      { standard: 'eu-2003' },
    );
    // 30 + 0.4 × 20 + 5 = 43 AWU; turnover 8m + 0.8m + 0.5m = 9.3m; balance sheet 9m + 0.4m + 0.5m = 9.9m
    expect(r.values).toEqual({ employees: 43, revenue: 9_300_000, assets: 9_900_000 });
    expect(r.class).toBe('small');
    expect(formatIssues(r.reasons.slice(2))).toBe('partner Partner A (40 %) added in proportion; linked Sub B added in full');
  });

  it('counts a holding over 50 % in full, ignores one under 25 % and an exempt investor', () => {
    const r = rate(
      {
        employees: 40,
        revenue: 1_000_000,
        assets: 1_000_000,
        partners: [
          { name: 'Parent', share: 0.6, employees: 20, revenue: 0, assets: 0 },
          { name: 'Minor', share: 0.1, employees: 100, revenue: 0, assets: 0 },
          { name: 'Angel', share: 0.3, exemptInvestor: true, employees: 100, revenue: 0, assets: 0 },
        ],
      },
      { standard: 'eu-2003' },
    );
    expect(r.values.employees).toBe(60);
    expect(r.class).toBe('medium');
  });

  it('rejects a share that is not 0–100 %', () => {
    expect(errorOf({ employees: 5, revenue: 1, assets: 1, partners: [{ share: '140%', employees: 1, revenue: 1, assets: 1 }] }, { standard: 'eu-2003' })).toBe(
      "partners[0].share must be a fraction from 0 to 1 or a percentage like '30%', got '140%'",
    );
  });

  it('needs the share of a partner', () => {
    expect(errorOf({ employees: 5, revenue: 1, assets: 1, partners: [{ employees: 1, revenue: 1, assets: 1 }] }, { standard: 'eu-2003' })).toBe(
      'partners[0].share is needed: the larger of the capital or voting-rights share held',
    );
  });

  it('keeps the status until a ceiling is crossed in two consecutive periods', () => {
    const grown = rate({ employees: 60, revenue: 12_000_000, assets: 12_000_000, previous: { employees: 45, revenue: 9_000_000, assets: 9_000_000 } }, { standard: 'eu-2003' });
    expect(grown.class).toBe('small');
    expect(formatIssues(grown.reasons.slice(-1))).toBe('keeps small status: medium in one period only (a ceiling must be crossed in two consecutive periods)');
    const stayed = rate({ employees: 60, revenue: 12_000_000, assets: 12_000_000, previous: { employees: 55, revenue: 11_000_000, assets: 11_000_000 } }, { standard: 'eu-2003' });
    expect(stayed.class).toBe('medium');
  });
});

describe('IFC', () => {
  it('meets a class with two of three criteria', () => {
    const r = rate({ employees: 5, revenue: 5_000_000, assets: 50_000 }, { standard: 'ifc' });
    expect(r.class).toBe('micro');
    expect(formatIssues(r.reasons)).toBe('micro: 5 persons < 10 and total assets 50,000 < 100,000 (US$)');
  });
});
