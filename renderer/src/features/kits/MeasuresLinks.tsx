import { Chip, Group, Text } from '@mantine/core';
import type { KitItem, Round } from '../../../../shared/kits';
import { useLoopStore } from './loop-store';

/**
 * The round's focus attributes this question may measure beyond its own attributes (a
 * must-have, say): a toggle each, the suggested ones marked, so coverage and the scorecard
 * count the question for them.
 */
export function MeasuresLinks({ item, round }: { item: KitItem; round: Round }) {
  const linkable = round.focusAttributes.filter((a) => !item.question.attributes.includes(a));
  if (linkable.length === 0) return null;
  const toggle = (attribute: string, on: boolean) => {
    const next = on ? [...item.measures, attribute] : item.measures.filter((a) => a !== attribute);
    void useLoopStore.getState().setMeasures(item.id, next);
  };
  return (
    <Group gap={6} mt={4} role="group" aria-label={`Focus attributes ${item.question.topic} measures`}>
      <Text size="xs" c="dimmed">
        Also measures:
      </Text>
      {linkable.map((attribute) => {
        const label = round.focusLabels[attribute] ?? attribute;
        const suggested = item.suggestedMeasures.includes(attribute);
        return (
          <Chip
            key={attribute}
            size="xs"
            checked={item.measures.includes(attribute)}
            onChange={(on) => toggle(attribute, on)}
            variant={suggested ? 'outline' : 'light'}
            color={suggested ? 'teal' : 'blue'}
            title={suggested ? 'Suggested: the question reads as if it measures this' : undefined}
          >
            {label}
            {suggested ? ' (suggested)' : ''}
          </Chip>
        );
      })}
    </Group>
  );
}
