import { anyOf, findAll, quote } from '../text';
import type { JdArchetype, JdCheckContext, JdFinding } from '../types';
import { finding, type JdView, searchBody } from '../view';
import { languagesIn } from './stack';

const ARCHETYPE_QUALIFIER: Record<JdArchetype, string> = {
  api: 'APIs',
  data: 'Data Platform',
  platform: 'Platform',
  edge: 'Edge',
};
const LEVEL_PREFIX = { junior: 'Junior', mid: '', senior: 'Senior', lead: 'Lead' } as const;

/** Title checks: a qualifier in parentheses, no slash titles, and a level that matches the asks. */
export function titleChecks(view: JdView, ctx: JdCheckContext): JdFinding[] {
  const out: JdFinding[] = [];
  const title = view.title.text;
  const span = { start: view.title.start, end: view.title.end };

  if (!title.trim()) {
    out.push(
      finding(
        view,
        'title-qualifier',
        'warning',
        null,
        'The JD has no title, so nobody can tell what the job is at a glance.',
        suggestTitle(view, ctx, 'Backend Engineer'),
      ),
    );
  } else if (!/\([^()]{2,40}\)/.test(title)) {
    const suggestion = suggestTitle(view, ctx, title);
    out.push(
      finding(
        view,
        'title-qualifier',
        'warning',
        span,
        'The title names no stack or surface in parentheses, and that qualifier is what screens the pool before anyone calls.',
        suggestion,
        suggestion.startsWith('Add') ? null : suggestion,
      ),
    );
  }

  const outside = title.replace(/\([^)]*\)/g, (m) => ' '.repeat(m.length));
  if (/[A-Za-z]\s*\/\s*[A-Za-z]/.test(outside.replace(/\b(?:CI\/CD|I\/O|TCP\/IP|UI\/UX)\b/gi, ''))) {
    const fixed = firstRole(title);
    out.push(
      finding(
        view,
        'slash-title',
        'warning',
        span,
        'A title that joins roles with slashes reads as a team that could not decide, and strong candidates skip it.',
        `Pick the one job this is: "${fixed}".`,
        fixed,
      ),
    );
  }

  out.push(...levelMismatch(view, ctx));
  return out;
}

/** "Backend / Full-Stack / DevOps Engineer" -> "Backend Engineer". */
function firstRole(title: string): string {
  const parts = title.split('/').map((s) => s.trim());
  const first = parts[0] ?? title;
  const lastWords = (parts[parts.length - 1] ?? '').split(/\s+/);
  const noun = lastWords[lastWords.length - 1] ?? '';
  return first.split(/\s+/).length >= 2 || !noun ? first : `${first} ${noun}`;
}

function suggestTitle(view: JdView, ctx: JdCheckContext, title: string): string {
  const qualifier =
    ctx.stack?.[0] ??
    (ctx.archetype ? ARCHETYPE_QUALIFIER[ctx.archetype] : undefined) ??
    languagesIn(view, ctx, view.requirements.length > 0 ? view.requirements : null)[0];
  let base = title.trim().replace(/\s+/g, ' ');
  const prefix = ctx.level ? LEVEL_PREFIX[ctx.level] : '';
  if (prefix && !/\b(?:junior|jr|senior|sr|staff|principal|lead|mid)\b/i.test(base))
    base = `${prefix} ${base}`;
  if (!qualifier)
    return `Add the stack or surface in parentheses, for example "${base} (Go)" or "${base} (APIs)".`;
  return `${base} (${qualifier})`;
}

type Level = 'junior' | 'senior';

function titleLevel(view: JdView, ctx: JdCheckContext): Level | null {
  const p = ctx.data.phrases;
  if (findAll(anyOf(p.juniorTitleWords), view.title.text).length > 0) return 'junior';
  if (findAll(anyOf(p.seniorTitleWords), view.title.text).length > 0) return 'senior';
  if (ctx.level === 'junior') return 'junior';
  if (ctx.level === 'senior' || ctx.level === 'lead') return 'senior';
  return null;
}

const YEARS = /(?<![\w.])(\d{1,2})\s*\+?\s*(?:(?:-|–|to)\s*(\d{1,2})\s*\+?\s*)?(?:years?|yrs?)\b/gi;

function levelMismatch(view: JdView, ctx: JdCheckContext): JdFinding[] {
  const level = titleLevel(view, ctx);
  if (!level) return [];
  const p = ctx.data.phrases;
  const where = ['about', 'first90', 'requirements'] as const;
  const years = view.requirements
    .filter((r) => !r.preferred)
    .flatMap((r) =>
      findAll(YEARS, view.text, r.start, r.end).map((s) => ({ ...s, min: Number(/\d+/.exec(s.text)?.[0]) })),
    );
  const out: JdFinding[] = [];
  if (level === 'junior') {
    for (const s of searchBody(view, p.seniorExpectations, { sections: [...where] }))
      out.push(
        finding(
          view,
          'level-mismatch',
          'warning',
          s,
          `A junior title asking to "${quote(s.text)}" describes a senior job at a junior price, the costly swap that ends in a rewrite.`,
          'Either retitle and re-band the role as senior, or give this work to the team lead and keep the junior scope.',
        ),
      );
    for (const y of years.filter((y) => y.min >= 5))
      out.push(
        finding(
          view,
          'level-mismatch',
          'warning',
          y,
          `Asking for ${y.text} under a junior title describes a senior hire at a junior price.`,
          'Ask for 0-2 years for a junior role, or retitle it.',
          '0-2 years',
        ),
      );
  } else {
    for (const s of searchBody(view, p.juniorSignals, { sections: [...where] }))
      out.push(
        finding(
          view,
          'level-mismatch',
          'warning',
          s,
          `"${quote(s.text)}" under a senior title tells seniors the job is junior and tells juniors they are welcome.`,
          'Decide the level: drop the junior wording, or retitle and re-band the role.',
        ),
      );
    const most = Math.max(0, ...years.map((y) => y.min));
    if (years.length > 0 && most <= 2) {
      const y = years[0] as (typeof years)[number];
      out.push(
        finding(
          view,
          'level-mismatch',
          'warning',
          y,
          `A senior title asking for only ${y.text} of experience will fill the pipeline with junior applicants.`,
          'Ask for the experience a senior hire really has, usually 5+ years, or retitle the role.',
          '5+ years',
        ),
      );
    }
  }
  return out;
}
