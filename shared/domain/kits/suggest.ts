/**
 * Which bank questions to suggest for a round's kit: pure, so the core and its tests share it.
 *
 * Greedy, one question at a time: each pick is the question that adds the most evidence on
 * the round's focus attributes, where an attribute no question of the kit measures yet counts
 * fully, one measured once counts half, and so on (two questions on an attribute are better
 * than one; a fifth adds little). A question must fit the minutes left. When the round has no
 * focus attributes, categories are spread the same way instead. Ties go to the shorter
 * question, then the starter bank's, then by topic, so the same bank gives the same kit.
 */

export interface SuggestCandidate {
  id: string;
  topic: string;
  category: string;
  attributes: readonly string[];
  minutes: number;
  starter: boolean;
}

export interface SuggestRequest {
  candidates: readonly SuggestCandidate[];
  focus: readonly string[];
  /** Attributes (or, without focus, categories) of the questions the kit has already, one entry per question. */
  inKit: readonly (readonly string[])[];
  /** Minutes left in the round. */
  minutesLeft: number;
  /** How many more questions the kit can hold. */
  maxItems: number;
}

/** What a question is counted by: its focus attributes, or its category when there is no focus. */
function measuresOf(candidate: SuggestCandidate, focus: ReadonlySet<string>): string[] {
  if (focus.size === 0) return [candidate.category];
  return candidate.attributes.filter((a) => focus.has(a));
}

/** The ids picked, in the order they should be asked. */
export function pickSuggestions(request: SuggestRequest): string[] {
  const focus = new Set(request.focus);
  const counts = new Map<string, number>();
  for (const measures of request.inKit) {
    for (const m of measures) if (focus.size === 0 || focus.has(m)) counts.set(m, (counts.get(m) ?? 0) + 1);
  }
  const pool = request.candidates.map((c) => ({ candidate: c, measures: measuresOf(c, focus) }));
  const picked: string[] = [];
  let minutesLeft = request.minutesLeft;
  while (picked.length < request.maxItems) {
    let best: (typeof pool)[number] | null = null;
    let bestGain = 0;
    for (const entry of pool) {
      if (entry.candidate.minutes > minutesLeft) continue;
      const gain = entry.measures.reduce((sum, m) => sum + 1 / (1 + (counts.get(m) ?? 0)), 0);
      if (gain <= 0) continue;
      if (!best || gain > bestGain + 1e-9 || (Math.abs(gain - bestGain) <= 1e-9 && before(entry, best))) {
        best = entry;
        bestGain = gain;
      }
    }
    if (!best) break;
    picked.push(best.candidate.id);
    minutesLeft -= best.candidate.minutes;
    for (const m of best.measures) counts.set(m, (counts.get(m) ?? 0) + 1);
    pool.splice(pool.indexOf(best), 1);
  }
  return picked;
}

function before(a: { candidate: SuggestCandidate }, b: { candidate: SuggestCandidate }): boolean {
  const x = a.candidate;
  const y = b.candidate;
  if (x.minutes !== y.minutes) return x.minutes < y.minutes;
  if (x.starter !== y.starter) return x.starter;
  if (x.topic !== y.topic) return x.topic < y.topic;
  return x.id < y.id;
}
