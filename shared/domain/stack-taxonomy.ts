import { z } from 'zod';
import shipped from '../../resources/data/stack-taxonomy.json';
import { type RoleSpec, stackCategories } from '../roles';

/**
 * The named stack a role can pick from, by category (resources/data/stack-taxonomy.json).
 * Free entries are allowed everywhere; the taxonomy only suggests and recognises names.
 */
const lowerCase = z.string().refine((a) => a === a.toLowerCase(), 'An alias is written in lower case.');

export const taxonomySchema = z
  .object({
    source: z.string(),
    updated: z.string(),
    languages: z.array(z.object({ name: z.string(), aliases: z.array(lowerCase) }).strict()),
    /** Frameworks and runtimes that stand for a language (Django for Python); the first is the usual one. */
    frameworks: z.array(
      z
        .object({ name: z.string(), aliases: z.array(lowerCase), languages: z.array(z.string()).min(1) })
        .strict(),
    ),
    categories: z.object(
      Object.fromEntries(stackCategories.map((c) => [c, z.array(z.string()).min(1)])) as Record<
        (typeof stackCategories)[number],
        z.ZodArray<z.ZodString>
      >,
    ),
  })
  .strict()
  .superRefine((taxonomy, ctx) => {
    const names = new Set(taxonomy.languages.map((l) => l.name));
    taxonomy.frameworks.forEach((framework, index) => {
      for (const language of framework.languages)
        if (!names.has(language))
          ctx.addIssue({
            code: 'custom',
            path: ['frameworks', index, 'languages'],
            message: `${framework.name} names ${language}, which is not in the list of languages.`,
          });
    });
  });

export type StackTaxonomy = z.infer<typeof taxonomySchema>;
export type StackCategory = (typeof stackCategories)[number];

/** Parsed once: a broken data file fails loudly at start rather than quietly in a picker. */
export const stackTaxonomy: StackTaxonomy = taxonomySchema.parse(shipped);

export const STACK_CATEGORY_LABELS: Record<StackCategory, string> = {
  primary: 'Primary language and framework',
  secondary: 'Secondary language or API style',
  dataStores: 'Data stores',
  brokers: 'Message brokers and streams',
  orchestration: 'Async orchestration',
  cloud: 'Cloud and infrastructure',
  observability: 'Observability',
  ai: 'AI integration',
};

/** Above this many languages a posting reads as a team without a committed stack. */
export const MAX_ADVISED_LANGUAGES = 2;

/** An entry as the lists spell names: lower case, single spaces. */
const keyOf = (entry: string) => entry.trim().toLowerCase().replace(/\s+/g, ' ');

/** The entry without a version after it: "Python 3.12" -> "python", ".NET 8" -> ".net", "C++20" -> "c++". */
const withoutVersion = (key: string) => key.replace(/\s*v?\d+(?:\.(?:\d+|x))*\+?$/, '').trim();

/** Finds the item an entry names, by name or alias, first as written and then without a version. */
function lookUp<T extends { name: string; aliases: string[] }>(entry: string, items: T[]): T | null {
  const key = keyOf(entry);
  const bare = withoutVersion(key);
  for (const candidate of bare && bare !== key ? [key, bare] : [key]) {
    const found = items.find((i) => i.name.toLowerCase() === candidate || i.aliases.includes(candidate));
    if (found) return found;
  }
  return null;
}

/** The programming language an entry names ("Go", "golang" -> "Go"), or null for anything else. */
export function languageOf(entry: string, taxonomy: StackTaxonomy = stackTaxonomy): string | null {
  return lookUp(entry, taxonomy.languages)?.name ?? null;
}

/** The framework or runtime an entry names ("Rails" -> Ruby on Rails), or null. */
export function frameworkOf(
  entry: string,
  taxonomy: StackTaxonomy = stackTaxonomy,
): StackTaxonomy['frameworks'][number] | null {
  return lookUp(entry, taxonomy.frameworks);
}

export interface StackLanguage {
  language: string;
  /** The framework it was read from, when the language itself is not among the entries. */
  via: string | null;
}

/**
 * The distinct languages the primary and secondary entries imply, in the order picked: a
 * language named outright, or the language of a framework (Spring Boot, Django). A framework
 * open to several languages (Express: TypeScript or JavaScript; Spring Boot: Java or Kotlin)
 * counts as one of them that the stack already has, and only otherwise as its usual one.
 */
export function stackLanguages(
  stack: RoleSpec['stack'],
  taxonomy: StackTaxonomy = stackTaxonomy,
): StackLanguage[] {
  const entries = [...stack.primary, ...stack.secondary];
  // `certain`: languages named outright, plus those of frameworks that have a single language.
  // A framework open to several languages picks one of these when it can.
  const named = new Set<string>();
  const certain = new Set<string>();
  for (const entry of entries) {
    const language = languageOf(entry, taxonomy);
    const options = language ? [] : (frameworkOf(entry, taxonomy)?.languages ?? []);
    if (language) {
      named.add(language);
      certain.add(language);
    } else if (options.length === 1 && options[0]) certain.add(options[0]);
  }
  const found: StackLanguage[] = [];
  const has = (language: string) => found.some((f) => f.language === language);
  for (const entry of entries) {
    const language = languageOf(entry, taxonomy);
    if (language) {
      if (!has(language)) found.push({ language, via: null });
      continue;
    }
    const framework = frameworkOf(entry, taxonomy);
    if (!framework) continue;
    const options = framework.languages;
    const chosen = options.find((l) => certain.has(l)) ?? options.find(has) ?? options[0];
    if (chosen && !has(chosen))
      found.push({ language: chosen, via: named.has(chosen) ? null : framework.name });
  }
  return found;
}

/** The distinct languages picked in the primary and secondary categories, in the order picked. */
export function pickedLanguages(stack: RoleSpec['stack'], taxonomy: StackTaxonomy = stackTaxonomy): string[] {
  return stackLanguages(stack, taxonomy).map((l) => l.language);
}
