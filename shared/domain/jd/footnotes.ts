import { blockKind } from './block-kind';
import type { JdSection } from './document';

/**
 * Markdown footnotes ("Compensation below[^1]" ... "[^1]: The base salary range is ..."). The
 * definition is pasted at the foot of the posting, inside whatever section ends it, but it belongs
 * where it is referenced: to that section when the reference sits under a heading, else to the
 * part its own words say (pay, for a footnote giving the range).
 */

const DEFINITION = /^\s*\[\^([^\]\s]+)\]:\s+(\S.*)$/;

export function withFootnotesPlaced(sections: JdSection[]): JdSection[] {
  const notes: { key: string; text: string; from: JdSection }[] = [];
  for (const s of sections) {
    if (!s.text.includes('[^')) continue;
    const kept: string[] = [];
    for (const line of s.text.split('\n')) {
      const m = DEFINITION.exec(line);
      if (m) notes.push({ key: m[1] as string, text: (m[2] as string).trim(), from: s });
      else kept.push(line);
    }
    s.text = kept
      .join('\n')
      .replace(/\n{3,}/g, '\n\n')
      .trim();
  }
  const added: JdSection[] = [];
  for (const note of notes) {
    const mark = `[^${note.key}]`;
    const home = sections.find((s) => s.heading && s.text.includes(mark));
    const kind = home ? null : blockKind([note.text]);
    if (home) home.text = `${home.text}\n\n${note.text}`;
    else if (kind) added.push({ id: kind, heading: '', text: note.text });
    else note.from.text = `${note.from.text}\n\n${note.text}`.trim();
  }
  return [...sections, ...added];
}
