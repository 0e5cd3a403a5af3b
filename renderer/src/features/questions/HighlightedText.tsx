import { HIGHLIGHT_END, HIGHLIGHT_START } from '../../../../shared/questions';
import classes from './questions.module.css';

export interface TextPart {
  text: string;
  match: boolean;
}

const MARKERS = new RegExp(`[${HIGHLIGHT_START}${HIGHLIGHT_END}]`, 'g');

/**
 * Splits search output into plain and matched parts at the HIGHLIGHT_START/END marks. A
 * mark without its partner is dropped, never shown; no part of the text is ever read as HTML.
 */
export function splitHighlights(value: string): TextPart[] {
  const parts: TextPart[] = [];
  const push = (text: string, match: boolean) => {
    const clean = text.replace(MARKERS, '');
    if (clean.length === 0) return;
    const previous = parts.at(-1);
    if (previous && previous.match === match) previous.text += clean;
    else parts.push({ text: clean, match });
  };
  let at = 0;
  while (at < value.length) {
    const start = value.indexOf(HIGHLIGHT_START, at);
    if (start === -1) {
      push(value.slice(at), false);
      break;
    }
    push(value.slice(at, start), false);
    const end = value.indexOf(HIGHLIGHT_END, start + 1);
    const stop = end === -1 ? value.length : end;
    push(value.slice(start + 1, stop), true);
    at = stop + 1;
  }
  return parts;
}

/** Text with the search matches in <mark>. */
export function HighlightedText({ value }: { value: string }) {
  return (
    <>
      {splitHighlights(value).map((part, index) =>
        part.match ? (
          // biome-ignore lint/suspicious/noArrayIndexKey: parts have no identity but their place
          <mark key={index} className={classes.mark}>
            {part.text}
          </mark>
        ) : (
          // biome-ignore lint/suspicious/noArrayIndexKey: as above
          <span key={index}>{part.text}</span>
        ),
      )}
    </>
  );
}
