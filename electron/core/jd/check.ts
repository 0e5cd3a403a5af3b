import type { z } from 'zod';
import { compInput } from '../../../shared/domain/comp/advice';
import { adviseComp } from '../../../shared/domain/comp/advise';
import type { CompData } from '../../../shared/domain/comp/comp-data';
import { type JdArchetype, type JdText, runJdChecks, splitJdText } from '../../../shared/domain/jd';
import { inCanada } from '../../../shared/domain/jd/canada';
import { inferJdContext } from '../../../shared/domain/jd/infer';
import { parseLocation } from '../../../shared/domain/jd/us-states';
import { buildView, type JdView } from '../../../shared/domain/jd/view';
import type { JdCheckResult, JdImportResult, JdInferredContext, jdCheckInput } from '../../../shared/jd';
import { labels } from '../../../shared/questions';
import { shippedCompData } from '../comp/comp-data';
import { AppError } from '../errors';
import { jdCheckData } from './data';
import { readJdFile } from './read-file';

export type JdCheckRequest = z.output<typeof jdCheckInput>;

const ARCHETYPES: JdArchetype[] = ['api', 'data', 'platform', 'edge'];

type Band = { min: number; max: number } | null;
const bandCache = new WeakMap<CompData, Map<string, Band>>();

/** The advisor's band per comp dataset and input: the same file checked on every keystroke asks again and again. */
function cachedBand(comp: CompData, key: string, advise: () => Band): Band {
  let byKey = bandCache.get(comp);
  if (!byKey) {
    byKey = new Map();
    bandCache.set(comp, byKey);
  }
  if (!byKey.has(key)) {
    if (byKey.size > 200) byKey.clear();
    byKey.set(key, advise());
  }
  return byKey.get(key) ?? null;
}

/**
 * The level, archetype and place a JD file leaves to its words, and the comp advisor's band for
 * them. With no archetype to go on, the lowest band of the four is used: a range under even that
 * is under every band for the level.
 */
export function inferContext(
  document: JdText,
  given: Pick<JdCheckRequest, 'level' | 'archetype' | 'location' | 'workMode'>,
  comp: CompData,
  view?: JdView,
): JdInferredContext {
  const guess = inferJdContext(document, jdCheckData(), view);
  const level = given.level ?? guess.level;
  const archetype = given.archetype ?? guess.archetype;
  const location = given.location ?? guess.location;
  const workMode = given.workMode ?? guess.workMode;
  const inferred = { ...guess, level, archetype, location, workMode };
  if (!level) return { ...inferred, band: null, bandBasis: null };
  // The advisor's figures are US ones: a place in Canada ("Vancouver, BC") must not be read as a
  // US metro of the same name, so its band is the national one, said to be a US band.
  const canada = inCanada(location);
  const place = canada ? null : parseLocation(location);
  const bandFor = (a: JdArchetype) =>
    cachedBand(
      comp,
      `${a}|${level}|${workMode}|${place?.city ?? ''}|${place?.state ?? ''}`,
      () =>
        adviseComp(
          compInput({ archetype: a, level, workMode, city: place?.city ?? '', state: place?.state ?? '' }),
          comp,
        ).band,
    );
  const bands = (archetype ? [archetype] : ARCHETYPES)
    .map((a) => ({ a, band: bandFor(a) }))
    .filter((b): b is { a: JdArchetype; band: NonNullable<ReturnType<typeof bandFor>> } => b.band !== null)
    .sort((x, y) => x.band.min - y.band.min);
  const lowest = bands[0];
  if (!lowest) return { ...inferred, band: null, bandBasis: null };
  const levelName = labels.level[level].toLowerCase();
  const where = canada
    ? ' in the US, as the advisor has no figures for Canada'
    : workMode === 'remote'
      ? ', remote'
      : location
        ? ` in ${location}`
        : '';
  const bandBasis = archetype
    ? `the comp advisor's band for a ${levelName} ${labels.archetype[archetype]} role${where}, read from the JD`
    : `the lowest comp-advisor band of any archetype for a ${levelName} role${where}, read from the JD`;
  return { ...inferred, band: { min: lowest.band.min, max: lowest.band.max }, bandBasis };
}

/** Checks a JD against the shipped word lists; `today` decides which pay laws are in force. */
export function checkJd(
  input: JdCheckRequest,
  today: Date,
  comp: CompData = shippedCompData(),
): JdCheckResult {
  const document = input.document ?? splitJdText(input.text ?? '');
  const view = buildView(document);
  const flat = view.flat;
  const inferred = input.infer ? inferContext(document, input, comp, view) : undefined;
  const report = runJdChecks(
    document,
    {
      location: inferred?.location ?? input.location ?? null,
      workMode: inferred?.workMode ?? input.workMode,
      archetype: inferred ? (inferred.archetype ?? undefined) : input.archetype,
      level: inferred?.level ?? input.level,
      stack: input.stack,
      payBand: input.payBand ?? inferred?.band ?? null,
      payBandInferred: !input.payBand && !!inferred?.band,
      payBandBasis: input.payBand ? undefined : (inferred?.bandBasis ?? undefined),
      asOf: today.toISOString().slice(0, 10),
      data: jdCheckData(),
    },
    view,
  );
  return { report, document, text: flat.text, sections: flat.sections, ...(inferred ? { inferred } : {}) };
}

/** Reads an uploaded file (base64 from the renderer) and splits it into sections. */
export async function importJdFile(input: { name: string; base64: string }): Promise<JdImportResult> {
  const bytes = Buffer.from(input.base64, 'base64');
  if (bytes.byteLength === 0 && input.base64.length > 0)
    throw new AppError('bad_input', 'The file contents are not valid base64.');
  const file = await readJdFile(input.name, bytes);
  return { ...file, document: splitJdText(file.text) };
}
