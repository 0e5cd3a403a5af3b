import {
  ActionIcon,
  Badge,
  Button,
  Group,
  NumberInput,
  Stack,
  Table,
  Text,
  TextInput,
  Tooltip,
  VisuallyHidden,
} from '@mantine/core';
import { IconArrowBackUp, IconPencil } from '@tabler/icons-react';
import { type FormEvent, useState } from 'react';
import type { CompRow, CompSource, CompTableName } from '../../../../shared/domain/comp/comp-data';
import { ErrorAlert } from '../../ui/ErrorAlert';
import { editableFields, figureText, localToday, unitOf } from './comp-data-format';
import { useCompDataStore } from './comp-data-store';

interface CompDataTableProps {
  table: CompTableName;
  title: string;
  rows: CompRow[];
  sources: CompSource[];
}

/** One kind of comp data row: figures with source, year and date; edit inline, reset a row. */
export function CompDataTable({ table, title, rows, sources }: CompDataTableProps) {
  const editing = useCompDataStore((s) => s.editing);
  const sourceLabel = (id: string) => sources.find((s) => s.id === id)?.label ?? id;
  return (
    <Table.ScrollContainer minWidth={640}>
      <Table aria-label={title} verticalSpacing="xs" striped>
        <Table.Thead>
          <Table.Tr>
            <Table.Th>Row</Table.Th>
            <Table.Th>Figures</Table.Th>
            <Table.Th>Source</Table.Th>
            <Table.Th>Year</Table.Th>
            <Table.Th>Updated</Table.Th>
            <Table.Th>
              <VisuallyHidden>Actions</VisuallyHidden>
            </Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {rows.map((row) =>
            editing === row.id ? (
              <EditRow key={row.id} table={table} row={row} />
            ) : (
              <ViewRow key={row.id} table={table} row={row} source={sourceLabel(row.sourceId)} />
            ),
          )}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}

function ViewRow({ table, row, source }: { table: CompTableName; row: CompRow; source: string }) {
  const startEdit = useCompDataStore((s) => s.startEdit);
  const reset = useCompDataStore((s) => s.reset);
  const error = useCompDataStore((s) => s.errors[row.id]);
  const shipped = row.edited && row.shipped ? row.shipped : null;
  return (
    <Table.Tr data-row={row.id}>
      <Table.Td>
        <Group gap={6} wrap="nowrap">
          <Text size="sm" fw={500}>
            {row.label}
          </Text>
          {row.edited ? (
            <Badge size="xs" variant="light" color="orange">
              Edited
            </Badge>
          ) : null}
        </Group>
        {row.note ? (
          <Text size="xs" c="dimmed">
            {row.note}
          </Text>
        ) : null}
        {error ? <ErrorAlert title="This row could not be reset" error={error} /> : null}
      </Table.Td>
      <Table.Td>
        <Text size="sm">{figureText(table, row)}</Text>
        {shipped ? (
          <Text size="xs" c="dimmed">
            Shipped: {figureText(table, row, shipped)} ({String(shipped.year)}, {String(shipped.updated)})
          </Text>
        ) : null}
      </Table.Td>
      <Table.Td>
        <Text size="sm">{source}</Text>
      </Table.Td>
      <Table.Td>{row.year}</Table.Td>
      <Table.Td>{row.updated}</Table.Td>
      <Table.Td>
        <Group gap={4} wrap="nowrap" justify="flex-end">
          <Tooltip label="Edit">
            <ActionIcon variant="subtle" aria-label={`Edit ${row.label}`} onClick={() => startEdit(row.id)}>
              <IconPencil size={16} aria-hidden />
            </ActionIcon>
          </Tooltip>
          {row.edited ? (
            <Tooltip label="Reset to the shipped figures">
              <ActionIcon
                variant="subtle"
                color="orange"
                aria-label={`Reset ${row.label}`}
                onClick={() => void reset({ scope: 'row', id: row.id })}
              >
                <IconArrowBackUp size={16} aria-hidden />
              </ActionIcon>
            </Tooltip>
          ) : null}
        </Group>
      </Table.Td>
    </Table.Tr>
  );
}

type Draft = Record<string, number | string>;

function EditRow({ table, row }: { table: CompTableName; row: CompRow }) {
  const save = useCompDataStore((s) => s.save);
  const cancelEdit = useCompDataStore((s) => s.cancelEdit);
  const coreError = useCompDataStore((s) => s.errors[row.id]);
  const fields = editableFields(table, row);
  const record = row as unknown as Record<string, unknown>;
  const [draft, setDraft] = useState<Draft>(() =>
    Object.fromEntries(
      fields.map(({ field }) => [field, typeof record[field] === 'number' ? (record[field] as number) : '']),
    ),
  );
  const [year, setYear] = useState<number | string>(row.year);
  const [updated, setUpdated] = useState(localToday());
  const [problems, setProblems] = useState<Record<string, string>>({});
  const [saving, setSaving] = useState(false);
  const unit = unitOf(table, row);

  async function submit(event: FormEvent) {
    event.preventDefault();
    const found: Record<string, string> = {};
    const values: Record<string, number | null> = {};
    for (const { field, optional } of fields) {
      const value = draft[field];
      if (value === '' || value === undefined) {
        if (optional) values[field] = null;
        else found[field] = 'Enter a number.';
      } else values[field] = Number(value);
    }
    const low = values.min ?? values.minDays;
    const high = values.max ?? values.maxDays;
    if (typeof low === 'number' && typeof high === 'number' && low > high)
      found[values.min !== undefined ? 'min' : 'minDays'] = 'The minimum is above the maximum.';
    if (typeof year !== 'number') found.year = 'Enter the year the figures describe.';
    if (!/^\d{4}-\d{2}-\d{2}$/.test(updated)) found.updated = 'Write the date as YYYY-MM-DD.';
    setProblems(found);
    if (Object.keys(found).length > 0) return;
    setSaving(true);
    await save({ id: row.id, values, year: year as number, updated });
    setSaving(false);
  }

  return (
    <Table.Tr data-row={row.id}>
      <Table.Td colSpan={6}>
        <form onSubmit={(e) => void submit(e)} aria-label={`Edit ${row.label}`}>
          <Stack gap="xs">
            <Text size="sm" fw={500}>
              {row.label}
            </Text>
            <Group gap="sm" align="flex-start">
              {fields.map(({ field, label, optional }) => (
                <NumberInput
                  key={field}
                  label={label}
                  w={150}
                  value={draft[field]}
                  onChange={(value) => setDraft((d) => ({ ...d, [field]: value }))}
                  thousandSeparator={unit === 'usd' && field !== 'hourly' ? ',' : undefined}
                  decimalScale={field === 'hourly' || unit === 'percent' ? 2 : unit === 'usd' ? 0 : 2}
                  allowNegative={unit === 'percent'}
                  description={optional ? 'May be left empty' : undefined}
                  error={problems[field]}
                />
              ))}
              <NumberInput
                label="Year"
                w={100}
                value={year}
                onChange={setYear}
                allowDecimal={false}
                allowNegative={false}
                error={problems.year}
              />
              <TextInput
                label="Updated"
                w={130}
                value={updated}
                onChange={(e) => setUpdated(e.currentTarget.value)}
                placeholder="YYYY-MM-DD"
                error={problems.updated}
              />
            </Group>
            {coreError ? <ErrorAlert title="These figures were not saved" error={coreError} /> : null}
            <Group gap="xs">
              <Button type="submit" size="xs" loading={saving}>
                Save
              </Button>
              <Button size="xs" variant="default" onClick={cancelEdit}>
                Cancel
              </Button>
            </Group>
          </Stack>
        </form>
      </Table.Td>
    </Table.Tr>
  );
}
