import ableist from '../../../resources/data/jd/ableist-phrases.json' with { type: 'json' };
import archetypeWork from '../../../resources/data/jd/archetype-work.json' with { type: 'json' };
import genderCoded from '../../../resources/data/jd/gender-coded-words.json' with { type: 'json' };
import jargon from '../../../resources/data/jd/jargon.json' with { type: 'json' };
import payTransparency from '../../../resources/data/jd/pay-transparency.json' with { type: 'json' };
import phrases from '../../../resources/data/jd/phrases.json' with { type: 'json' };
import stack from '../../../resources/data/jd/stack-names.json' with { type: 'json' };
import type { JdCheckData } from '../../../shared/domain/jd';

let cached: JdCheckData | null = null;

/**
 * The shipped word lists and tables for the JD checks (resources/data/jd). Every pattern is
 * compiled once here, so a broken entry fails the tests and the first call, not a check run.
 */
export function jdCheckData(): JdCheckData {
  if (cached) return cached;
  const data = {
    genderCoded,
    jargon,
    ableist,
    phrases,
    stack,
    payTransparency,
    archetypeWork,
  } as unknown as JdCheckData;
  const patterns = [
    ...data.jargon.terms.map((t) => t.pattern),
    ...data.ableist.phrases.map((t) => t.pattern),
    ...Object.values(data.phrases).flat(),
    ...Object.values(data.stack.archetypeSignals).flat(),
    ...data.archetypeWork.othersWork,
    ...data.archetypeWork.substrate,
    ...data.archetypeWork.work.flatMap((w) => w.patterns),
  ];
  for (const p of patterns) {
    try {
      new RegExp(p);
    } catch (error) {
      throw new Error(
        `resources/data/jd: the pattern ${JSON.stringify(p)} is not valid: ${(error as Error).message}`,
      );
    }
  }
  for (const law of data.payTransparency.laws)
    if (!/^\d{4}-\d{2}-\d{2}$/.test(law.effective) || !/^[A-Z]{2}$/.test(law.state))
      throw new Error(
        `resources/data/jd/pay-transparency.json: ${law.id} needs a state code and a YYYY-MM-DD date.`,
      );
  cached = data;
  return data;
}
