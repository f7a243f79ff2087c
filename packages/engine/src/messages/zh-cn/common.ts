import type { ParamValue } from '../../issue.js';
import type { Catalogue } from '../catalogue.js';
import { zh } from '../glossary.js';

/**
 * A value as the user typed it. The engine quotes text it could not read with ASCII quotes
 * ("got 'abc'"); Chinese text quotes with “”. Numbers stay bare.
 */
export const shown = (got: ParamValue | undefined): string => {
  const text = String(got);
  const quoted = /^'([\s\S]*)'$/.exec(text);
  return quoted ? `“${quoted[1]}”` : text;
};

/** Messages about values as typed, shared by every part of the engine. */
export const common: Catalogue = {
  'value.not-a-number': (p, r, f) => `${r.field(f)}应为不小于0的数字，当前为${shown(p.got)}`,
  'value.not-finite': (p, r, f) => `${r.field(f)}应为有限的数字，当前为${shown(p.got)}`,
  'value.ignored': (p, r, f) => `${r.field(f)}不是数字（${shown(p.got)}）；该行业的划型标准不用此项，已忽略`,
  'value.implausible-persons': (p, r, f) => `${r.field(f)}${r.num(p.value)}人，超过任何企业的实际用工（上限${r.num(p.ceiling)}人）；请核对数字`,
  'value.implausible-money': (p, r, f) => {
    const unit = r.label(`unit.${p.unit}`);
    return `${r.field(f)}${r.num(p.value)}${unit}，超过全球任何企业的实际规模（上限${r.num(p.ceiling)}${unit}）；请核对金额单位`;
  },
  'share.not-a-share': (p, r, f) => `${r.field(f)}应为比例：0–1之间的小数，或“30%”这样的百分数，当前为${shown(p.got)}`,
  'share.out-of-range': (p, r, f) => `${r.field(f)}应在0%到100%之间，当前为${shown(p.got)}`,
  'answer.invalid': (p, r, f) => `${r.field(f)}应填是、否或不知道（yes / no / unknown），当前为“${p.got}”`,
  'share.missing': (_, r, f) => `须填写${r.field(f)}：所持资本份额与表决权份额中的较大者`,
  'share.invalid': (p, r, f) => `${r.field(f)}应为0到1之间的小数，或“30%”这样的百分数，当前为“${p.got}”`,

  'class.micro': zh('micro'),
  'class.small': zh('small'),
  'class.medium': zh('medium'),
  'class.large': zh('large'),

  'unit.yuan': '元',
  'unit.10k-yuan': '万元',
  'unit.million-yuan': '百万元',
  'unit.eur': '欧元',
  'unit.million-eur': '百万欧元',
  'unit.usd': '美元',
  'unit.million-usd': '百万美元',

  'list.or': '或',
  'list.and': '且',
  'list.cells': '；',

  'answer-word.yes': '是',
  'answer-word.no': '否',
  'answer-word.unknown': '不知道',
};
