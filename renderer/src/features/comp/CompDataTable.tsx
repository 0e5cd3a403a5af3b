import { ActionIcon, Badge, Group, Table, Text, Tooltip, VisuallyHidden } from '@mantine/core';
import { IconArrowBackUp, IconPencil } from '@tabler/icons-react';
import type { CompRow, CompSource, CompTableName } from '../../../../shared/domain/comp/comp-data';
import { ErrorAlert } from '../../ui/ErrorAlert';
import { CompEditRow } from './CompEditRow';
import { figureText } from './comp-data-format';
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
              <CompEditRow key={row.id} table={table} row={row} />
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
