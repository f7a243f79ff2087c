/** Levenshtein distance, capped: we only care whether two words are a typo apart. */
export function editDistance(a: string, b: string, cap = 3): number {
  if (Math.abs(a.length - b.length) > cap) return cap + 1;
  let prev = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const row = [i];
    let best = i;
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      const v = Math.min(prev[j]! + 1, row[j - 1]! + 1, prev[j - 1]! + cost);
      row.push(v);
      if (v < best) best = v;
    }
    if (best > cap) return cap + 1;
    prev = row;
  }
  return prev[b.length]!;
}

/**
 * The known word nearest to `typed`, if it is plausibly a typo of it: at most 1 edit for short
 * words, 2 for words of 6+ characters. Ties go to the first word listed.
 */
export function closest(typed: string, words: Iterable<string>): string | undefined {
  const allowed = typed.length >= 6 ? 2 : 1;
  let best: string | undefined;
  let bestDistance = allowed + 1;
  for (const word of words) {
    const d = editDistance(typed, word, allowed);
    if (d < bestDistance) {
      best = word;
      bestDistance = d;
    }
  }
  return best;
}
