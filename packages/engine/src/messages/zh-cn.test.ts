import { describe, expect, it } from 'vitest';
import type { Issue } from '../issue.js';
import { assessCapability } from '../capability/assess-capability.js';
import { assessCluster } from '../cluster/assess-cluster.js';
import { assessFinancing } from '../finance/assess-financing.js';
import { financingCells } from '../finance/cells.js';
import { LOAN_OUTCOMES, LOAN_OUTCOME_WORDS, NO_APPLY_REASON_WORDS, NO_APPLY_REASONS } from '../finance/credit-survey-items.js';
import { FINANCE_LOCATIONS, FINANCE_STAGES, LOCATION_WORDS, STAGE_WORDS } from '../finance/firm-settings.js';
import { AGENT_KINDS, GOVERNMENT_ROLES } from '../cluster/linkage.js';
import { readChoice } from '../input/read-choice.js';
import { classifySize } from '../size/classify-size.js';
import { normaliseWord } from '../size/resolve-sector.js';
import { resolveStandard } from '../size/standards/index.js';
import { findUnit, MONEY_UNITS } from '../size/units.js';
import { catalogueOf, formatIssue, formatIssues } from './format.js';
import { AGENT_WORDS_ZH, ROLE_WORDS_ZH } from './zh-cn/cluster.js';
import { CHOICE_WORDS_ZH } from './zh-cn/finance.js';

const ZH = 'zh-CN';

/** The sentences below are written by hand, not copied from the catalogue's output. */
describe('Chinese sentences', () => {
  it('gives the size reason of an industry firm of 350 persons and revenue 2,500 under prc-2011', () => {
    const r = classifySize({ sector: 'industry', employees: 350, revenue: 2500 }, { standard: 'prc-2011' });
    expect(r.ok && formatIssues(r.reasons, ZH)).toBe(
      '中型企业：从业人员350人 ≥ 300人，且营业收入2,500万元 ≥ 2,000万元；未达大型企业标准：从业人员350人 < 1,000人，且营业收入2,500万元 < 40,000万元',
    );
    // English is what it was.
    expect(r.ok && formatIssues(r.reasons)).toBe(
      'medium: 350 persons ≥ 300 and revenue 2,500 ≥ 2,000 (10k yuan); not large: 350 < 1,000 persons and revenue 2,500 < 40,000 (10k yuan)',
    );
  });

  it('runs a tier no firm reached on into the tier it missed, and says what was not needed', () => {
    const r = classifySize({ sector: 'manufacturing', employees: 12 }, { standard: 'prc-2017' });
    expect(r.ok && formatIssues(r.reasons, ZH)).toBe('微型企业：未达小型企业标准：从业人员12人 < 20人；未填写营业收入，不影响判定');
  });

  it('suggests the sector meant by a typo', () => {
    const r = classifySize({ sector: 'minning', employees: 40, revenue: 500 }, { standard: 'prc-2017' });
    expect(!r.ok && formatIssues(r.errors, ZH)).toBe('行业“minning”不在 prc-2017 中；是否应为“mining”（归入工业）？');
  });

  it('quotes a bad number as typed', () => {
    const text = classifySize({ sector: 'retail', employees: 'abc', revenue: 500 }, { standard: 'prc-2017' });
    expect(!text.ok && formatIssues(text.errors, ZH)).toBe('从业人员应为不小于0的数字，当前为“abc”');
    const negative = classifySize({ sector: 'wholesale', employees: 30, revenue: -5 }, { standard: 'prc-2017' });
    expect(!negative.ok && formatIssues(negative.errors, ZH)).toBe('营业收入应为不小于0的数字，当前为-5');
  });

  it('says which figure would decide an undecided size', () => {
    const r = classifySize({ sector: 'industry', employees: 350 }, { standard: 'prc-2017' });
    expect(!r.ok && formatIssues(r.errors, ZH)).toBe('须填写营业收入：按 prc-2017 标准（工业），该企业可能为中型企业、小型企业或微型企业');
  });

  it('warns of a figure in the wrong unit', () => {
    const r = classifySize({ sector: 'retail', employees: 400, revenue: 3e12 }, { standard: 'prc-2017' });
    expect(r.ok && formatIssues(r.warnings, ZH)).toBe('营业收入3,000,000,000,000万元，超过全球任何企业的实际规模（上限1,000,000,000万元）；请核对金额单位');
  });

  it('names an unknown standard or unit', () => {
    const standard = resolveStandard('prc-2020');
    expect(!standard.ok && formatIssue(standard.errors[0]!, ZH)).toBe('未知的划型标准“prc-2020”；请使用以下之一：prc-2003、prc-2011、prc-2017、eu-2003、ifc');
    const unit = classifySize({ sector: 'retail', employees: 5 }, { standard: 'prc-2017', unit: 'usd' });
    expect(!unit.ok && formatIssues(unit.errors, ZH)).toBe('prc-2017 不使用金额单位“usd”；请使用以下之一：万元、元、百万元');
  });

  it('places a firm in Figure 1', () => {
    const r = assessCapability({ product_capability: 'high', process_capability: '高' });
    expect(r.ok && formatIssue(r.reasons.find((i) => i.code === 'capability.mode')!, ZH)).toBe('产品技术能力高，工艺技术能力高 → 快速跟随创新模式，集群战略（图1）');
    const bad = assessCapability({ product_capability: 'hgh', process_capability: 'high' });
    expect(!bad.ok && formatIssues(bad.errors, ZH)).toBe('产品技术能力应填高或低（high / low），或0到100的分数，当前为“hgh”；是否应为“high”？');
  });

  it('lists the Chinese words a choice accepts', () => {
    const r = assessFinancing({ loan_outcome: 'aproved' });
    expect(!r.ok && formatIssues(r.errors, ZH)).toBe('贷款申请结果应为全额批准、部分批准、被拒绝或审批中，当前为“aproved”；是否应为“approved”？');
  });

  it('explains a credit-constraint status and fills the cells in Chinese, ids kept', () => {
    const r = assessFinancing({ loan_applied: 'no', no_apply_reason: '4', external_finance_share: '0', no_collateral: 'yes', market_risk: 'no', equipment_need: 'yes' });
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    expect(formatIssues(r.creditStatus!.path, ZH)).toBe(
      '未申请贷款或授信额度；未申请的主要原因：4，抵押要求过高；营运资金和固定资产均无外部融资；完全受约束：没有外部融资，且申请被拒或因故放弃申请（原因2–7）',
    );
    const cells = financingCells(r, ZH);
    expect(cells.credit_status).toBe('fully-constrained');
    expect(cells.binding_constraints).toBe('缺乏可靠的抵押品');
    expect(cells.constraint_index).toBe('75（已回答13项中的2项）');
    expect(cells.instruments.split('；')).toContain('融资租赁');
  });

  it('names a field inside a path by its Chinese column name', () => {
    expect(formatIssue({ code: 'value.not-a-number', field: 'partners[0].employees', params: { got: "'x'" } }, ZH)).toBe('partners[0].从业人员应为不小于0的数字，当前为“x”');
    expect(formatIssue({ code: 'value.not-a-number', field: 'partners[0].employees', params: { got: "'x'" } })).toBe("partners[0].employees must be a number ≥ 0, got 'x'");
  });
});

describe('every issue of a varied set of firms', () => {
  const issues: Issue[] = [];
  const collect = (x: unknown): void => {
    if (Array.isArray(x)) return x.forEach(collect);
    if (x === null || typeof x !== 'object') return;
    const o = x as Record<string, unknown>;
    if (typeof o.code === 'string' && typeof o.params === 'object') issues.push(o as unknown as Issue);
    Object.values(o).forEach(collect);
  };
  collect(
    classifySize(
      {
        employees: 40,
        revenue: 9,
        partners: [{ employees: 30, revenue: 5, share: 0.3, name: 'P' }, { employees: 5, share: 0.1, name: 'Q' }],
        linked: [{ employees: 10, share: 0.6, name: 'L' }],
        previous: { employees: 300, revenue: 100 },
      },
      { standard: 'eu-2003' },
    ),
  );
  collect(classifySize({ sector: 'software-it', employees: 5 }, { standard: 'prc-2003' }));
  collect(classifySize({ sector: 'retail', employees: 5e6, assets: 'x' }, { standard: 'prc-2011' }));
  collect(assessCapability({ rd_spend: 50, revenue: 10, patents: 3, export_share: '120%', market_position: 'leadr', own_brand: 'maybe' }));
  collect(assessCapability({ product_capability: 75, rd_spend: 'x', new_product_share: 0.3, process_capability: 'low', sector: 'medicine', export_share: 0.1 }));
  collect(assessFinancing({ loan_applied: 'yes', loan_outcome: 'pending', no_collateral: 'no', collateral_value: 10, loan_need: 100, credit_history_years: 5, cluster_member: 'yes', stage: 'mature', location: 'local', high_tech: 'yes', receivables_share: 0, debt_outstanding: 5, revenue: 'x' }, { clusterMember: false, sizeClass: 'huge' }));
  collect(assessFinancing({ loan_applied: 'no', no_apply_reason: 1, high_growth: 'no', high_tech: 'no', stage: 'early', location: 'metropolitan', equipment_need: 'no', buyers_creditworthy: 'no', receivables_share: 0.5 }));
  collect(
    assessCluster([
      { firm: 'A', sector: 'industry', employees: 500, revenue: 50000, lead_firm: 'yes', supplies_to: 'B;Z;A', linked_agents: 'bank, aliens', government_role: 'direct', product_capability: 'low', process_capability: 'high', export_share: 0.8 },
      { firm: 'B', sector: 'industry', employees: 50, revenue: 500, lead_firm: 'yes', cooperates_with: 'C', government_role: 'none', product_capability: 'high', process_capability: 'low' },
      { firm: 'A', sector: 'industry', employees: 50, revenue: 500, government_role: 'sometimes', lead_firm: 'perhaps' },
      { firm: 'C', sector: 'x', employees: 5, product_capability: 'hgh' },
    ]),
  );

  it('is many issues of many kinds', () => {
    expect(new Set(issues.map((i) => i.code)).size).toBeGreaterThan(60);
  });

  it('reads in Chinese with nothing left unrendered', () => {
    const broken = issues.map((i) => formatIssue(i, ZH)).filter((t) => /undefined|\[object|NaN|[a-z]+-[a-z]+\.[a-z]|^$/.test(t) || !/[\u4e00-\u9fff]/.test(t));
    expect(broken).toEqual([]);
  });
});

describe('the Chinese words a message offers are words the engine reads', () => {
  const read = <T>(words: readonly string[], choices: Parameters<typeof readChoice<T>>[2]) =>
    words.map((w) => {
      const r = readChoice(w, 'x', choices);
      return r.kind === 'choice' ? r.value : r.kind;
    });

  it('for loan outcomes, stages, locations and k17 reasons', () => {
    expect(read(CHOICE_WORDS_ZH.outcome, LOAN_OUTCOME_WORDS)).toEqual([...LOAN_OUTCOMES]);
    expect(read(CHOICE_WORDS_ZH.stage, STAGE_WORDS)).toEqual([...FINANCE_STAGES]);
    expect(read(CHOICE_WORDS_ZH.location, LOCATION_WORDS)).toEqual([...FINANCE_LOCATIONS]);
    expect(read(CHOICE_WORDS_ZH.reason, NO_APPLY_REASON_WORDS)).toEqual([...NO_APPLY_REASONS]);
  });

  it('for agent kinds and government roles', () => {
    const ids = (list: readonly { id: string; aliases: readonly string[] }[], words: readonly string[]) =>
      words.map((w) => list.find((e) => e.aliases.some((a) => normaliseWord(a) === normaliseWord(w)))?.id);
    expect(ids(AGENT_KINDS, AGENT_WORDS_ZH)).toEqual(AGENT_KINDS.map((a) => a.id));
    expect(ids(GOVERNMENT_ROLES, ROLE_WORDS_ZH)).toEqual(GOVERNMENT_ROLES.map((g) => g.id));
  });

  it('for money units', () => {
    const zh = catalogueOf(ZH);
    expect(MONEY_UNITS.map((u) => findUnit(zh[`unit.${u.id}`] as string)?.id)).toEqual(MONEY_UNITS.map((u) => u.id));
  });
});
