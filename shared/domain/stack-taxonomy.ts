import { z } from 'zod';
import shipped from '../../resources/data/stack-taxonomy.json';
import { type RoleSpec, stackCategories } from '../roles';

/**
 * The named stack a role can pick from, by category (resources/data/stack-taxonomy.json).
 * Free entries are allowed everywhere; the taxonomy only suggests and recognises names.
 */
const taxonomySchema = z
  .object({
    source: z.string(),
    updated: z.string(),
    languages: z.array(z.object({ name: z.string(), aliases: z.array(z.string()) }).strict()),
    categories: z.object(
      Object.fromEntries(stackCategories.map((c) => [c, z.array(z.string()).min(1)])) as Record<
        (typeof stackCategories)[number],
        z.ZodArray<z.ZodString>
      >,
    ),
  })
  .strict();

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

/** The programming language an entry names ("Go", "golang" -> "Go"), or null for anything else. */
export function languageOf(entry: string, taxonomy: StackTaxonomy = stackTaxonomy): string | null {
  const key = entry.trim().toLowerCase();
  for (const language of taxonomy.languages) {
    if (language.name.toLowerCase() === key || language.aliases.includes(key)) return language.name;
  }
  return null;
}

/** The distinct languages picked in the primary and secondary categories, in the order picked. */
export function pickedLanguages(stack: RoleSpec['stack'], taxonomy: StackTaxonomy = stackTaxonomy): string[] {
  const found: string[] = [];
  for (const entry of [...stack.primary, ...stack.secondary]) {
    const language = languageOf(entry, taxonomy);
    if (language && !found.includes(language)) found.push(language);
  }
  return found;
}
