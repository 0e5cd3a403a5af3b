/**
 * Column widths that fill the text width exactly. `natural` is what each column would take
 * with no wrapping, `minimum` what its longest word needs (both in the caller's unit). Columns
 * get their minimum first; what is left goes in proportion to how much more each would like.
 * A column given an explicit weight keeps its share of the width instead.
 */
export function planColumnWidths(
  natural: number[],
  minimum: number[],
  total: number,
  weights?: (number | undefined)[],
): number[] {
  const n = natural.length;
  if (n === 0) return [];
  if (weights?.every((w) => w !== undefined && w > 0)) {
    const sum = (weights as number[]).reduce((a, b) => a + b, 0);
    return (weights as number[]).map((w) => (w / sum) * total);
  }
  // A floor, so no column is squeezed into a sliver: a third of an even share. And a ceiling on
  // what one long word (a URL) may claim: the writers break such a word rather than starve the
  // other columns.
  const floor = total / n / 3;
  const ceiling = Math.max(floor, total * 0.45);
  const min = minimum.map((m, i) =>
    Math.min(Math.max(Math.min(m, ceiling), floor), Math.max(natural[i] ?? 0, floor)),
  );
  const nat = natural.map((v, i) => Math.max(v, min[i] ?? 0));
  const natSum = nat.reduce((a, b) => a + b, 0);
  if (natSum <= total) return nat.map((v) => (v / natSum) * total);
  const minSum = min.reduce((a, b) => a + b, 0);
  if (minSum >= total) return min.map((v) => (v / minSum) * total);
  const spare = total - minSum;
  const wants = nat.map((v, i) => v - (min[i] ?? 0));
  const wantSum = wants.reduce((a, b) => a + b, 0);
  return min.map((v, i) => v + (wantSum > 0 ? ((wants[i] ?? 0) / wantSum) * spare : spare / n));
}
