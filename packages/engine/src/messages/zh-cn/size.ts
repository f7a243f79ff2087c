import type { IssueParams, ParamValue } from '../../issue.js';
import { SECTORS } from '../../size/sectors.js';
import type { Catalogue, Render } from '../catalogue.js';
import { zh } from '../glossary.js';

const SYMBOL: Record<string, string> = { '>=': '≥', '>': '>', '<': '<', '<=': '≤' };
const NEGATED: Record<string, string> = { '>=': '<', '>': '≤', '<': '≥', '<=': '>' };
/** What a headcount counts, after the number: "从业人员350人". */
const COUNTED: Readonly<Record<string, string>> = { persons: '人' };

/**
 * "从业人员350人 ≥ 300人", "营业收入2,500万元 < 40,000万元": the figure, then the bound, each with
 * its unit, the way the PRC standards state them (从业人员300人及以上，营业收入2000万元及以上).
 */
function boundPhrase(c: IssueParams, met: boolean, r: Render): string {
  const op = (met ? SYMBOL : NEGATED)[String(c.op)];
  const who = r.label(`indicator.${c.label}`);
  const unit = c.unit === null ? (COUNTED[String(c.label)] ?? '') : r.label(`unit.${c.unit}`);
  return `${who}${r.num(c.value)}${unit} ${op} ${r.num(c.bound)}${unit}`;
}

const phrases = (p: IssueParams, met: boolean, r: Render) => (p.checks as IssueParams[]).map((c) => boundPhrase(c, met, r)).join(`，${r.label('list.and')}`);

const pct = (share: unknown) => `${Math.round(Number(share) * 1000) / 10}%`;

/** A sector by its name in the PRC standards (工业, 零售业); a sector a custom standard adds keeps its key. */
export const sectorName = (r: Render, id: ParamValue | undefined): string => {
  const key = `sector-name.${id}`;
  const name = r.label(key);
  return name === key ? String(id) : name;
};
const sectorNames = (r: Render, ids: ParamValue | undefined) => r.list((ids as string[]).map((id) => sectorName(r, id)));

export const size: Catalogue = {
  ...Object.fromEntries(SECTORS.map((s) => [`sector-name.${s.id}`, s.zh])),

  'indicator.persons': '从业人员',
  'indicator.awu': '年度工作单位（AWU）',
  'indicator.revenue': '营业收入',
  'indicator.sales': '销售额',
  'indicator.turnover': '营业额',
  'indicator.assets': '资产总额',
  'indicator.balance-sheet-total': '资产负债表总额',

  'size.tier-met': (p, r) => `${r.label(`class.${p.class}`)}：${phrases(p, true, r)}`,
  // Followed by the tier it missed: "微型企业：未达小型企业标准：从业人员12人 < 20人".
  'size.no-tier-met': (p, r) => `${r.label(`class.${p.class}`)}：`,
  'size.tier-missed': (p, r) => `未达${r.label(`class.${p.class}`)}标准：${phrases(p, false, r)}`,
  'size.not-needed': (p, r) => `未填写${r.list((p.indicators as string[]).map((i) => r.label(`indicator.${i}`)))}，不影响判定`,
  'size.undecided': (p, r) =>
    `须填写${r.list((p.missing as string[]).map((m) => r.field(m)))}：按 ${p.standard} 标准${p.sector ? `（${sectorName(r, p.sector)}）` : ''}，该企业可能为${r.alternatives(
      (p.possible as string[]).map((c) => r.label(`class.${c}`)),
    )}`,
  'size.eu-partner': (p) => `伙伴企业${p.name}（${pct(p.share)}）按持股比例计入`,
  'size.eu-linked': (p) => `关联企业${p.name}${p.share === null ? '' : `（${pct(p.share)}）`}全额计入`,
  'size.eu-autonomous': (p) => `${p.name}（${pct(p.share)}，低于25%）不计入`,
  'size.eu-exempt-investor': (p) => `${p.name}（${pct(p.share)}）属豁免投资者，不计入`,
  'size.eu-two-periods-kept': (p, r) =>
    `保持${r.label(`class.${p.previous}`)}身份：仅有一个期间为${r.label(`class.${p.current}`)}（须连续两个期间越过上限才改变类型）`,
  'size.eu-two-periods-same': (p, r) => `两个期间均为${r.label(`class.${p.class}`)}`,

  'sector.unknown-suggest': (p, r) => `行业“${p.typed}”不在 ${p.standard} 中；是否应为“${p.word}”（归入${sectorName(r, p.id)}）？`,
  'sector.not-in-standard': (p, r) => `行业“${p.typed}”不在 ${p.standard} 中；该标准包括：${sectorNames(r, p.listed)}`,
  'sector.missing': (p, r) => `行业为空；${p.standard} 须填写以下之一：${sectorNames(r, p.listed)}`,
  'sector.ignored': (p) => `无法识别行业“${p.typed}”；${p.standard} 不分行业，已忽略`,
  'unit.unknown': (p, r) => `${p.standard} 不使用金额单位“${p.typed}”；请使用以下之一：${r.list((p.allowed as string[]).map((u) => r.label(`unit.${u}`)))}`,
  'standard.unknown': (p, r) => `未知的${zh('size-classification')}标准“${p.typed}”；请使用以下之一：${r.list(p.known)}`,

  'standard.not-an-object': (p) => `标准 ${p.standard}：${p.path ? `${p.path} ` : '标准'}须为对象`,
  'standard.bad-id': (p) => `标准 ${p.standard}：id 只能由小写字母、数字、“.”和“-”组成，当前为“${p.got}”`,
  'standard.needs-text': (p) => `标准 ${p.standard}：${p.path} 须为非空文本`,
  'standard.needs-list': (p) => `标准 ${p.standard}：${p.path} 至少须列出一项`,
  'standard.not-allowed': (p, r) => `标准 ${p.standard}：${p.path} 为“${p.got}”；请使用以下之一：${r.list(p.allowed)}`,
  'standard.currency-mismatch': (p) => `标准 ${p.standard}：${p.path} “${p.got}”不是以其阈值的币种 ${p.currency} 计价`,
  'standard.tier-order': (p, r) => `标准 ${p.standard}：${p.path} 须按规模从大到小或从小到大排列，且“otherwise”放在最后；当前为${r.list(p.got)}`,
  'standard.bad-bound': (p) => `标准 ${p.standard}：${p.path} 须为不小于0的有限数字，当前为${p.got}`,
  'standard.bad-condition': (p) => `标准 ${p.standard}：${p.path} 须为界限 {indicator, op, value}，或非空的 all / any / atLeast-of 列表`,
  'standard.bad-at-least': (p) => `标准 ${p.standard}：${p.path} 须为1到${p.max}的整数，当前为${p.got}`,
};
