import type { CoverageAttribute, CoverageMatrix, CoverageWarning } from '../../kits';
import { labels, standardAttributes } from '../../questions';

type Standard = (typeof standardAttributes)[number];

/**
 * Words in a must-have line that point at a standard attribute (lower-case text, tested with
 * `test`). Every alternative is a whole word or a stem with its endings, so "Scala" does not
 * read as scaling and "latest" not as testing.
 */
const MUST_HAVE_HINTS: Record<Standard, RegExp> = {
  'api-design': /\b(apis?|rest(ful)?|grpc|graphql|openapi|endpoints?|contracts?)\b/,
  'data-modelling-sql':
    /\b((no)?sql|postgres(ql)?|mysql|mariadb|oracle|sqlite|databases?|schemas?|data[- ]model(s|ling|ing)?|quer(y|ies|ying)|dynamo(db)?|mongo(db)?|cassandra)\b/,
  'async-failure-modes':
    /\b(async(hronous)?|queu(e|es|ing)|kafka|rabbit(mq)?|sqs|pub\/?sub|event[- ]driven|messag(e|es|ing)|retr(y|ies|ying)|idempoten(t|cy|ce)|concurren(t|cy|ce)|stream(s|ing)?|failures?|resilien(t|ce|cy))\b/,
  testing: /\b(test(s|ing|ed|able)?|tdd|quality assurance)\b/,
  security:
    /\b(secur(e|ity)|auth(n|z|entication|orization)?|oauth2?|owasp|encrypt(s|ed|ion)?|pci|hipaa|soc ?2|gdpr|complian(ce|t))\b/,
  'system-design':
    /\b(system design|distributed|architect(s|ure|ural|ed|ing)?|scal(e|es|ed|ing|able|ability)|microservices?|high[- ]availability|latency|throughput|performance)\b/,
  communication:
    /\b(communicat(e|es|ed|ing|ion|ions|or)|writ(e|es|ing|ten)|present(s|ed|ing|ation|ations)?|stakeholders?|english)\b/,
  collaboration:
    /\b(collaborat(e|es|ed|ing|ion|ive)|mentor(s|ed|ing|ship)?|teamwork|team player|pair(s|ed|ing)?|cross-functional)\b/,
};

/** Whether words of `text` point at a standard attribute (the same hints that read must-haves). */
export function hintsAt(attribute: string, text: string): boolean {
  const hint = (MUST_HAVE_HINTS as Record<string, RegExp>)[attribute];
  return hint?.test(text.toLowerCase()) ?? false;
}

/** A must-have line as an attribute id: lower-case words joined by hyphens, at most 40 characters. */
export function slugOf(text: string): string {
  const slug = text
    .toLowerCase()
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/\+/g, ' plus ')
    .replace(/#/g, ' sharp ')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
  return slug.slice(0, 40).replace(/-+$/, '');
}

/** The attributes one must-have line stands for: the standard ones it names, else one of its own. */
export function attributesOfMustHave(text: string, index: number): { attribute: string; label: string }[] {
  const lower = text.toLowerCase();
  const found = standardAttributes.filter((a) => MUST_HAVE_HINTS[a].test(lower));
  if (found.length > 0) return found.map((a) => ({ attribute: a, label: labels.attribute[a] }));
  return [{ attribute: slugOf(text) || `must-have-${index + 1}`, label: text.trim() }];
}

/** The label of every attribute the must-haves of a role stand for, by id. */
export function mustHaveLabels(mustHaves: readonly string[]): Map<string, string> {
  const map = new Map<string, string>();
  mustHaves.forEach((text, index) => {
    for (const { attribute, label } of attributesOfMustHave(text, index)) map.set(attribute, label);
  });
  return map;
}

export interface CoverageRound {
  id: string;
  focusAttributes: string[];
  questionAttributes: string[][];
}

export function labelOf(attribute: string, extra: Map<string, string> = new Map()): string {
  return (
    (labels.attribute as Record<string, string>)[attribute] ??
    extra.get(attribute) ??
    attribute.replace(/-/g, ' ').replace(/^./, (c) => c.toUpperCase())
  );
}

/**
 * Attributes x rounds. A round covers an attribute that is one of its focus attributes or
 * measured by a question in its kit (`questionAttributes`: per kit question, its own
 * attributes and the focus attributes it is linked to). Warnings: a must-have no round covers,
 * any attribute covered by fewer than two rounds, a must-have no kit question measures.
 */
export function coverageMatrix(mustHaves: string[], rounds: CoverageRound[]): CoverageMatrix {
  const rows = new Map<string, CoverageAttribute>();
  const add = (attribute: string, label: string, standard: boolean) => {
    let row = rows.get(attribute);
    if (!row) {
      row = { attribute, label, mustHave: false, standard, mustHaveText: [], rounds: [], questions: 0 };
      rows.set(attribute, row);
    }
    return row;
  };
  for (const a of standardAttributes) add(a, labels.attribute[a], true);
  mustHaves.forEach((text, index) => {
    for (const { attribute, label } of attributesOfMustHave(text, index)) {
      const row = add(attribute, label, false);
      row.mustHave = true;
      row.mustHaveText.push(text.trim());
    }
  });
  for (const round of rounds) {
    const covered = new Set([...round.focusAttributes, ...round.questionAttributes.flat()]);
    for (const attribute of covered) {
      const row = add(attribute, labelOf(attribute), false);
      row.rounds.push(round.id);
    }
    for (const attribute of new Set(round.questionAttributes.flatMap((measured) => [...new Set(measured)]))) {
      const row = rows.get(attribute);
      if (row)
        row.questions += round.questionAttributes.filter((measured) => measured.includes(attribute)).length;
    }
  }
  // A must-have only named as a focus, with no kit question on it, leaves the interviewers to
  // improvise; said once the kits hold questions at all (an empty loop is simply unplanned).
  const kitsStarted = rounds.some((round) => round.questionAttributes.length > 0);
  const attributes = [...rows.values()];
  const warnings: CoverageWarning[] = [];
  for (const row of attributes) {
    if (row.mustHave && row.rounds.length === 0) {
      warnings.push({
        attribute: row.attribute,
        kind: 'must-have-uncovered',
        message: `${row.label} is a must-have for this role, yet no round looks at it.`,
      });
    } else if (row.rounds.length < 2) {
      warnings.push({
        attribute: row.attribute,
        kind: 'thin',
        message:
          row.rounds.length === 0
            ? `No round looks at ${row.label}; two rounds give a fairer read.`
            : `Only one round looks at ${row.label}; a second one would confirm what it finds.`,
      });
    }
    if (row.mustHave && row.rounds.length > 0 && row.questions === 0 && kitsStarted) {
      warnings.push({
        attribute: row.attribute,
        kind: 'must-have-unmeasured',
        message: `${row.label} is a must-have and a focus, yet no kit question measures it; link one to it in its kit.`,
      });
    }
  }
  return { attributes, warnings };
}
