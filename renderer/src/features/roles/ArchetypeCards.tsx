import { Group, Paper, SimpleGrid, Text } from '@mantine/core';
import { roleArchetypes } from '../../../../shared/roles';
import { ARCHETYPE_CARDS } from './archetypes';
import { fieldId } from './fields';
import classes from './roles.module.css';
import { useRolesStore } from './roles-store';

/**
 * The four backend jobs as cards over native radio buttons, so arrow keys move between them
 * as in any radio group. `bands` is each archetype's pay span from the comp data.
 */
export function ArchetypeCards({
  bands,
}: {
  bands: Partial<Record<(typeof roleArchetypes)[number], string>>;
}) {
  const value = useRolesStore((s) => s.draft?.archetype ?? null);
  const edit = useRolesStore((s) => s.edit);
  return (
    <fieldset className={classes.cardGroup} id={fieldId('archetype')}>
      <legend className={classes.legend}>Archetype: which of the four backend jobs is this?</legend>
      <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="sm">
        {roleArchetypes.map((archetype, index) => {
          const card = ARCHETYPE_CARDS[archetype];
          const checked = value === archetype;
          return (
            <Paper
              key={archetype}
              component="label"
              withBorder
              radius="md"
              p="sm"
              className={classes.card}
              data-checked={checked || undefined}
            >
              <Group gap="xs" wrap="nowrap" align="center">
                <input
                  type="radio"
                  name="archetype"
                  value={archetype}
                  checked={checked}
                  aria-label={card.title}
                  aria-describedby={`archetype-${archetype}-owns`}
                  // The group is one tab stop: the chosen card, or the first while none is.
                  tabIndex={checked || (value === null && index === 0) ? 0 : -1}
                  onChange={() => edit('archetype', archetype)}
                />
                <Text fw={600}>{card.title}</Text>
              </Group>
              <Text size="sm" mt={4} id={`archetype-${archetype}-owns`}>
                {card.owns}
              </Text>
              <Text size="xs" c="dimmed" mt={4}>
                {bands[archetype] ? `${bands[archetype]} · ` : ''}reports through {card.reportsThrough}
              </Text>
            </Paper>
          );
        })}
      </SimpleGrid>
    </fieldset>
  );
}
