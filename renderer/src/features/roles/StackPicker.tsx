import { SimpleGrid, TagsInput } from '@mantine/core';
import {
  MAX_ADVISED_LANGUAGES,
  STACK_CATEGORY_LABELS,
  stackLanguages,
  stackTaxonomy,
} from '../../../../shared/domain/stack-taxonomy';
import { ROLE_LIMITS, type RoleSpec, stackCategories } from '../../../../shared/roles';
import { fieldId, Hint } from './fields';
import { useRolesStore } from './roles-store';

const EMPTY: RoleSpec['stack'] = Object.fromEntries(
  stackCategories.map((c) => [c, []]),
) as unknown as RoleSpec['stack'];

/**
 * The stack by category: a searchable tag input each, suggesting the named stack of the
 * taxonomy and taking any other name typed (Enter or a comma adds it). Above two languages, named
 * outright or implied by a framework, it hints that the stack reads as unsettled.
 */
export function StackPicker() {
  const stack = useRolesStore((s) => s.draft?.stack ?? EMPTY);
  const error = useRolesStore((s) => s.fieldErrors.stack);
  const edit = useRolesStore((s) => s.edit);
  // Frameworks count as their language (Django as Python), so the hint says which one it read.
  const languages = stackLanguages(stack).map(({ language, via }) =>
    via ? `${language} via ${via}` : language,
  );
  return (
    <div>
      <SimpleGrid cols={{ base: 1, md: 2 }} spacing="sm">
        {stackCategories.map((category) => (
          <TagsInput
            key={category}
            id={fieldId(`stack-${category}`)}
            label={STACK_CATEGORY_LABELS[category]}
            data={stackTaxonomy.categories[category]}
            value={stack[category]}
            maxTags={ROLE_LIMITS.items}
            clearable
            acceptValueOnBlur
            comboboxProps={{ withinPortal: true }}
            placeholder={stack[category].length === 0 ? 'Type a name, Enter to add' : undefined}
            onChange={(values) => edit('stack', { ...stack, [category]: values })}
          />
        ))}
      </SimpleGrid>
      {error ? <Hint tone="warning">{error}</Hint> : null}
      {languages.length > MAX_ADVISED_LANGUAGES ? (
        <Hint tone="warning">
          {languages.length} languages picked ({languages.join(', ')}). Candidates read more than{' '}
          {MAX_ADVISED_LANGUAGES} as a team that has not settled on a stack: keep one primary and at most one
          secondary.
        </Hint>
      ) : null}
    </div>
  );
}
