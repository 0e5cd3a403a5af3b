import bidiFactory from 'bidi-js';

/**
 * The Unicode bidirectional algorithm (UAX #9, through bidi-js) for the PDF writer, which
 * places every piece of a line itself: Hebrew and Arabic names run right to left inside
 * left-to-right text, and the order of words in such a run is reversed on the page.
 */
const bidi = bidiFactory();

/** The embedding level of each UTF-16 unit of a paragraph; odd is right to left. Documents are left to right. */
export function embeddingLevels(text: string): Uint8Array {
  return bidi.getEmbeddingLevels(text, 'ltr').levels;
}

export const isRightToLeft = (level: number) => level % 2 === 1;

/**
 * The order in which the items of one line are shown, left to right, by rule L2: from the
 * highest level down to the lowest odd one, every run of items at that level or above is
 * reversed.
 */
export function visualOrder(levels: readonly number[]): number[] {
  const order = levels.map((_, i) => i);
  const highest = Math.max(0, ...levels);
  const lowestOdd = Math.min(...levels.map((l) => (l % 2 === 1 ? l : l + 1)), highest + 1);
  for (let level = highest; level >= lowestOdd; level--) {
    for (let i = 0; i < order.length; ) {
      if ((levels[order[i] as number] as number) < level) {
        i++;
        continue;
      }
      let end = i;
      while (end < order.length && (levels[order[end] as number] as number) >= level) end++;
      order.splice(i, end - i, ...order.slice(i, end).reverse());
      i = end;
    }
  }
  return order;
}

/** Text of a right-to-left run with its brackets and other paired signs mirrored, as the page shows them. */
export function mirrored(text: string): string {
  let out = '';
  for (const ch of text) out += bidi.getMirroredCharacter(ch) ?? ch;
  return out;
}
