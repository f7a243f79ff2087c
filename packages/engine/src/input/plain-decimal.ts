/**
 * "350", "2.5", "007": digits with at most one point between them; no sign, space, separator or
 * exponent. Most cells of a register look like this, and are then read with `Number` without the
 * general path's regular expressions (which give the same value for them).
 */
export function isPlainDecimal(text: string): boolean {
  const n = text.length;
  if (n === 0) return false;
  let point = false;
  for (let i = 0; i < n; i++) {
    const c = text.charCodeAt(i);
    if (c === 0x2e) {
      if (point || i === 0 || i === n - 1) return false;
      point = true;
    } else if (c < 0x30 || c > 0x39) return false;
  }
  return true;
}
