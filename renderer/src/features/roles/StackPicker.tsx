import { SimpleGrid, TagsInput } from '@mantine/core';
import {
  MAX_ADVISED_LANGUAGES,
  pickedLanguages,
  STACK_CATEGORY_LABELS,
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
 * taxonomy and taking any other name typed (Enter or a comma adds it).
 */
export function StackPicker() {
  const stack = useRolesStore((s) => s.draft?.stack ?? EMPTY);
  const error = useRolesStore((s) => s.fieldErrors.stack);
  const edit = useRolesStore((s) => s.edit);
  const languages = pickedLanguages(stack);
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
