import { anyOf, findAll, matchCase, quote } from '../text';
import type { JdCheckContext, JdFinding, JdPatternEntry } from '../types';
import { finding, type JdView, searchBody } from '../view';

/** Stock phrases: other duties, many hats, DevOps as needed, placeholders, guidance, "the candidate", jargon, ableist wording. */
export function phraseChecks(view: JdView, ctx: JdCheckContext): JdFinding[] {
  const p = ctx.data.phrases;
  const out: JdFinding[] = [];

  for (const s of searchBody(view, p.otherDuties))
    out.push(
      finding(
        view,
        'other-duties',
        'warning',
        s,
        `"${quote(s.text)}" tells a senior reader the scope is open-ended, so the strongest people pass.`,
        'Delete the line, or name the extra work (for example "cover the on-call rota one week in six").',
        '',
      ),
    );

  for (const s of searchBody(view, p.manyHats))
    out.push(
      finding(
        view,
        'many-hats',
        'warning',
        s,
        '"Wear many hats" reads as a tiny team, a broad scope, weekend work and vague pay.',
        'Say which two or three areas the hire covers, for example "own the billing API and its deploy pipeline".',
      ),
    );

  const senior =
    ctx.level === 'senior' ||
    ctx.level === 'lead' ||
    /\b(?:senior|sr|staff|principal|lead)\b/i.test(view.title.text);
  for (const s of searchBody(view, p.devopsAsNeeded))
    out.push(
      finding(
        view,
        'devops-as-needed',
        senior ? 'warning' : 'info',
        s,
        `"${quote(s.text)}" hints at a hidden SRE job without the title or the pay that goes with it.`,
        'Either scope the operations work ("join the on-call rota for the services you own") or hire for it separately.',
      ),
    );

  for (const s of findAll(anyOf(p.placeholders, { caseSensitive: true }), view.text))
    out.push(
      finding(
        view,
        'unfilled-placeholder',
        'error',
        s,
        `The placeholder ${quote(s.text, 40)} was never filled in, and a posting with one looks careless.`,
        'Replace it with the real value, or delete the sentence.',
      ),
    );

  for (const s of findAll(anyOf(p.guidanceMarkers), view.text)) {
    // Widen to the whole line: guidance is written as a line of its own or a parenthesis.
    const lineStart = view.text.lastIndexOf('\n', s.start - 1) + 1;
    let lineEnd = view.text.indexOf('\n', s.end);
    if (lineEnd === -1) lineEnd = view.text.length;
    out.push(
      finding(
        view,
        'guidance-leak',
        'error',
        { start: lineStart, end: lineEnd },
        'Notes meant for whoever writes the JD are still in it, and applicants would read them.',
        'Delete this guidance before the JD is posted.',
        '',
      ),
    );
  }

  for (const s of searchBody(view, p.theCandidate)) {
    const plural = /^(?:candidates|applicants)\b/i.test(s.text);
    const replacement = plural ? s.text.replace(/^(?:candidates|applicants)/i, 'you') : 'you';
    out.push(
      finding(
        view,
        'the-candidate',
        'warning',
        s,
        `"${quote(s.text)}" talks about the reader instead of to them; "you" helps them picture doing the job.`,
        `Write "${replacement}" and adjust the verb that follows.`,
        replacement,
      ),
    );
  }

  out.push(
    ...substitutions(
      view,
      'jargon',
      ctx.data.jargon.terms,
      (t) => `"${t}" is hype that makes the posting sound like a cliché and puts off experienced engineers.`,
    ),
  );
  out.push(
    ...substitutions(
      view,
      'ableist',
      ctx.data.ableist.phrases,
      (t) =>
        `"${t}" uses disability as a figure of speech or asks for an ability the work does not need, which can turn capable people away.`,
    ),
  );
  return out;
}

function substitutions(
  view: JdView,
  id: 'jargon' | 'ableist',
  entries: JdPatternEntry[],
  why: (text: string) => string,
): JdFinding[] {
  const out: JdFinding[] = [];
  for (const entry of entries) {
    for (const s of searchBody(view, [entry.pattern], { caseSensitive: entry.caseSensitive === true })) {
      const advice = entry.replacement.startsWith('(');
      const replacement = advice ? null : matchCase(s.text, entry.replacement);
      out.push(
        finding(
          view,
          id,
          'warning',
          s,
          why(quote(s.text)),
          advice
            ? entry.replacement.slice(1, -1).replace(/^./, (c) => c.toUpperCase())
            : `Write "${replacement}" instead.`,
          replacement,
        ),
      );
    }
  }
  return out;
}
