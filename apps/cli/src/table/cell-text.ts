/**
 * What a spreadsheet cell holds, as the engine should read it: formulas by their result, rich text
 * and hyperlinks by their text, errors by their code. Numbers stay numbers.
 */
export function cellValue(value: unknown): unknown {
  if (value === null || value === undefined) return undefined;
  if (typeof value !== 'object') return value;
  if (value instanceof Date) return value.toISOString().slice(0, 10);
  const v = value as Record<string, unknown>;
  if ('result' in v) return cellValue(v.result);
  if ('formula' in v || 'sharedFormula' in v) return undefined;
  if (Array.isArray(v.richText)) return (v.richText as { text: string }[]).map((t) => t.text).join('');
  if ('text' in v) return cellValue(v.text);
  if ('error' in v) return String(v.error);
  return String(value);
}

/** A cell as CSV text. */
export function cellText(value: unknown): string {
  const v = cellValue(value);
  return v === undefined ? '' : String(v);
}
