import { Button, Checkbox, CloseButton, Group, Pill, Stack, Text } from '@mantine/core';
import { useState } from 'react';
import type { FacetCount, FacetCounts, FacetName, QuestionFilters } from '../../../../shared/questions';
import { FACET_ORDER, FACET_TITLES, facetValueLabel, formatNumber } from './labels';
import classes from './questions.module.css';

/** Values shown per facet before "Show all". */
const SHORT_LIST = 6;

interface FacetPanelProps {
  facets: FacetCounts | null;
  filters: QuestionFilters;
  onToggle(facet: FacetName, value: string): void;
  height: string;
}

/** The filter checkboxes, each value with how many questions it would give. */
export function FacetPanel({ facets, filters, onToggle, height }: FacetPanelProps) {
  const estimated = FACET_ORDER.some((facet) => facets?.[facet]?.some((c) => c.approximate));
  // Not a heading: the first h2 of the page is the selected question's topic.
  return (
    <section aria-label="Filters" className={classes.pane} style={{ height }}>
      <Stack gap="md" p="sm">
        <Text fw={700} size="md" aria-hidden>
          Filters
        </Text>
        {estimated ? (
          <Text size="xs" c="dimmed" data-testid="facet-estimate-note">
            This search matches many questions, so counts marked “about” are estimated from a sample of them
            and rounded.
          </Text>
        ) : null}
        {FACET_ORDER.map((facet) => (
          <FacetGroup
            key={facet}
            facet={facet}
            counts={facets?.[facet] ?? []}
            selected={filters[facet] ?? []}
            onToggle={onToggle}
          />
        ))}
      </Stack>
    </section>
  );
}

interface FacetGroupProps {
  facet: FacetName;
  counts: FacetCount[];
  selected: string[];
  onToggle(facet: FacetName, value: string): void;
}

function FacetGroup({ facet, counts, selected, onToggle }: FacetGroupProps) {
  const [expanded, setExpanded] = useState(false);
  // A picked value stays in the list (with 0) even when nothing matches it any more; in an
  // estimated group, "about 0": the sample may simply have missed it.
  const estimated = counts.some((c) => c.approximate);
  const rows: FacetCount[] = [
    ...counts,
    ...selected
      .filter((value) => !counts.some((c) => c.value === value))
      .map((value) => ({ value, count: 0, ...(estimated ? { approximate: true as const } : {}) })),
  ];
  if (rows.length === 0) return null;
  const visible = expanded ? rows : rows.slice(0, SHORT_LIST);
  const title = FACET_TITLES[facet];
  return (
    <fieldset style={{ border: 0, padding: 0, margin: 0, minWidth: 0 }}>
      <legend style={{ padding: 0, marginBottom: 6 }}>
        <Text fw={600} size="sm">
          {title}
        </Text>
      </legend>
      <Stack gap={6}>
        {visible.map(({ value, count, approximate }) => (
          <Checkbox
            key={value}
            size="xs"
            checked={selected.includes(value)}
            onChange={() => onToggle(facet, value)}
            label={
              <span style={{ display: 'flex', justifyContent: 'space-between', gap: 8 }}>
                <span>{facetValueLabel(facet, value)}</span>
                <Text span size="xs" c="dimmed">
                  {approximate ? `about ${formatNumber(count)}` : formatNumber(count)}
                </Text>
              </span>
            }
            styles={{ body: { width: '100%' }, labelWrapper: { flex: 1 } }}
          />
        ))}
      </Stack>
      {rows.length > SHORT_LIST ? (
        <Button
          variant="subtle"
          size="compact-xs"
          mt={4}
          onClick={() => setExpanded((open) => !open)}
          aria-expanded={expanded}
        >
          {expanded ? `Show fewer` : `Show all ${rows.length} ${title.toLowerCase()} values`}
        </Button>
      ) : null}
    </fieldset>
  );
}

interface ActiveFiltersProps {
  filters: QuestionFilters;
  onRemove(facet: FacetName, value: string): void;
  onClear(): void;
  /** The "Clear filters" button (left out where another one is already offered). */
  showClear?: boolean;
}

/** The filters in use as removable chips, and one button to drop them all. */
export function ActiveFilters({ filters, onRemove, onClear, showClear = true }: ActiveFiltersProps) {
  const chosen = FACET_ORDER.flatMap((facet) => (filters[facet] ?? []).map((value) => ({ facet, value })));
  if (chosen.length === 0) return null;
  return (
    <Group gap={6} wrap="wrap" aria-label="Filters in use" role="group">
      {chosen.map(({ facet, value }) => {
        const name = `${FACET_TITLES[facet]}: ${facetValueLabel(facet, value)}`;
        return (
          <Pill key={`${facet}:${value}`} size="md">
            <Group gap={4} wrap="nowrap">
              <span>{name}</span>
              <CloseButton
                size="xs"
                aria-label={`Remove filter ${name}`}
                onClick={() => onRemove(facet, value)}
              />
            </Group>
          </Pill>
        );
      })}
      {showClear ? (
        <Button variant="subtle" size="compact-sm" onClick={onClear}>
          Clear filters
        </Button>
      ) : null}
    </Group>
  );
}
