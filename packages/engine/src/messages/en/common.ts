import type { Catalogue } from '../catalogue.js';

/** Messages about values as typed, shared by every part of the engine. */
export const common: Catalogue = {
  'value.not-a-number': (p, r, f) => `${r.field(f)} must be a number ≥ 0, got ${p.got}`,
  'value.not-finite': (p, r, f) => `${r.field(f)} must be a finite number, got ${p.got}`,
  'value.ignored': (p, r, f) => `${r.field(f)} is not a number (${p.got}); ignored, as this sector's rule does not use it`,
  'value.implausible-persons': (p, r, f) =>
    `${r.field(f)} ${r.num(p.value)} is more persons than any firm employs (over ${r.num(p.ceiling)}); check the figure`,
  'value.implausible-money': (p, r, f) =>
    `${r.field(f)} ${r.num(p.value)} (${r.label(`unit.${p.unit}`)}) is more than any firm in the world reports (over ${r.num(p.ceiling)}); check the unit`,
  'share.not-a-share': (p, r, f) => `${r.field(f)} must be a share: a fraction 0–1 or a percentage like '30%', got ${p.got}`,
  'share.out-of-range': (p, r, f) => `${r.field(f)} must be between 0 % and 100 %, got ${p.got}`,
  'answer.invalid': (p, r, f) => `${r.field(f)} must be yes, no or unknown (是 / 否 / 不知道), got '${p.got}'`,
  'share.missing': (_, r, f) => `${r.field(f)} is needed: the larger of the capital or voting-rights share held`,
  'share.invalid': (p, r, f) => `${r.field(f)} must be a fraction from 0 to 1 or a percentage like '30%', got '${p.got}'`,

  'class.micro': 'micro',
  'class.small': 'small',
  'class.medium': 'medium',
  'class.large': 'large',

  'unit.yuan': 'yuan',
  'unit.10k-yuan': '10k yuan',
  'unit.million-yuan': 'million yuan',
  'unit.eur': 'EUR',
  'unit.million-eur': 'million EUR',
  'unit.usd': 'US$',
  'unit.million-usd': 'million US$',

  'list.or': 'or',
  'list.and': 'and',
  /** Between the items of a list in one output cell (binding constraints, instruments). */
  'list.cells': '; ',

  'answer-word.yes': 'yes',
  'answer-word.no': 'no',
  'answer-word.unknown': 'unknown',
};
