import { hasPlaceholder, removePlaceholders } from '../documents/placeholders';

/**
 * A JD's text for "export without them": every sentence that still holds an unfilled
 * placeholder is dropped whole, so no husk is left behind ("You will own, which handles.").
 * A placeholder that only qualifies what is around it, in parentheses ("Engineer
 * ([qualifier])"), is cut on its own, as the document export does. A bullet or line left
 * with no sentence goes too.
 */

/** "- " or "• " in front of a list line, kept apart so a dropped sentence never takes it. */
const BULLET = /^([ \t]*(?:[-•*][ \t]+)?)(.*)$/s;

/** Whether a placeholder is left once the ones inside parentheses are cut. */
function holdsBarePlaceholder(sentence: string): boolean {
  const withoutParenthesised = sentence.replace(/\([^()]*\)/g, (inside) =>
    hasPlaceholder(inside) ? '' : inside,
  );
  return hasPlaceholder(withoutParenthesised);
}

function sentencesOf(body: string): string[] {
  // Placeholders may hold "e.g." or a comma: split only outside brackets.
  const out: string[] = [];
  let depth = 0;
  let start = 0;
  for (let i = 0; i < body.length; i++) {
    const ch = body[i];
    if (ch === '[') depth++;
    else if (ch === ']') depth = Math.max(0, depth - 1);
    else if (depth === 0 && /[.!?]/.test(ch ?? '')) {
      const rest = body.slice(i + 1);
      const gap = rest.match(/^[ \t]+(?=\S)/);
      if (gap) {
        out.push(body.slice(start, i + 1));
        start = i + 1 + gap[0].length;
        i = start - 1;
      }
    }
  }
  out.push(body.slice(start));
  return out.filter((s) => s.length > 0);
}

export function withoutPlaceholderSentences(text: string): string {
  return text
    .split('\n')
    .flatMap((line) => {
      if (!hasPlaceholder(line)) return [line];
      const [, bullet = '', body = ''] = line.match(BULLET) ?? [];
      const kept = sentencesOf(body)
        .filter((s) => !holdsBarePlaceholder(s))
        .map((s) => removePlaceholders(s))
        .filter((s) => s.trim().length > 0);
      return kept.length > 0 ? [`${bullet}${kept.join(' ')}`] : [];
    })
    .join('\n');
}
