import {
  Alert,
  Button,
  Group,
  List,
  Loader,
  Modal,
  NativeSelect,
  Paper,
  Radio,
  SimpleGrid,
  Stack,
  Table,
  Text,
  Title,
} from '@mantine/core';
import { type CsvField, type CsvMapping, csvFields, type ImportPlan } from '../../../../shared/exchange';
import { ErrorAlert } from '../../ui/ErrorAlert';
import { formatDateTime } from '../../ui/format';
import { useImportStore } from './import-store';
import { CSV_FIELD_LABELS, formatNumber } from './labels';
import { useImportPlan } from './queries';
import classes from './questions.module.css';

const NOT_IMPORTED = '';

function Counts({ plan }: { plan: ImportPlan }) {
  const items: [string, number][] = [
    ['New', plan.counts.new],
    ['Updated', plan.counts.updated],
    ['Deleted', plan.counts.deleted],
    ['Unchanged', plan.counts.unchanged],
    ['Conflicts', plan.counts.conflicting],
    ['Invalid', plan.counts.invalid],
  ];
  return (
    <SimpleGrid cols={{ base: 3, sm: 6 }} spacing="xs" component="dl" m={0}>
      {items.map(([label, count]) => (
        <Paper key={label} withBorder p="xs" radius="md" ta="center">
          <Text component="dt" size="xs" c="dimmed">
            {label}
          </Text>
          <Text component="dd" m={0} fw={700} size="lg">
            {formatNumber(count)}
          </Text>
        </Paper>
      ))}
    </SimpleGrid>
  );
}

function ColumnMapping({ plan }: { plan: ImportPlan | null }) {
  const headers = useImportStore((state) => plan?.csv?.headers ?? state.headers);
  // Until a column is picked here, the columns are the core's guess from the headers.
  const mapping = useImportStore((state) => state.mapping) ?? plan?.csv?.mapping ?? {};
  const setMapping = useImportStore((state) => state.setMapping);
  const pick = (field: CsvField, header: string | null) => {
    const next: CsvMapping = { ...mapping };
    if (header) next[field] = header;
    else delete next[field];
    setMapping(next);
  };
  const data = [
    { value: NOT_IMPORTED, label: 'Not imported' },
    ...headers.map((header) => ({ value: header, label: header })),
  ];
  const mapped = csvFields.filter((field) => mapping[field] !== undefined);
  const unused = headers.filter((header) => !Object.values(mapping).includes(header));
  const preview = plan?.csv?.preview ?? [];

  return (
    <Stack gap="sm">
      <Title order={3} size="h5">
        Columns
      </Title>
      <Text size="sm" c="dimmed">
        Which column of the file goes into each field. Only the question text is needed; fields left out get
        defaults and the tag “needs-review”.
      </Text>
      <SimpleGrid cols={{ base: 1, xs: 2, sm: 3 }} spacing="xs">
        {csvFields.map((field) => (
          <NativeSelect
            key={field}
            size="xs"
            label={CSV_FIELD_LABELS[field]}
            data={data}
            value={mapping[field] ?? NOT_IMPORTED}
            onChange={(event) => pick(field, event.currentTarget.value || null)}
          />
        ))}
      </SimpleGrid>
      {unused.length > 0 ? (
        <Text size="xs" c="dimmed">
          Columns not imported: {unused.join(', ')}
        </Text>
      ) : null}
      {preview.length > 0 && mapped.length > 0 ? (
        // A scrolling box must take focus, so the keyboard can scroll it.
        // biome-ignore lint/a11y/noNoninteractiveTabindex: see above
        <section className={classes.preview} aria-label="First rows of the file" tabIndex={0}>
          <Table withTableBorder withColumnBorders striped fz="xs" miw={mapped.length * 120}>
            <Table.Caption>The first {preview.length} rows, as they will be read</Table.Caption>
            <Table.Thead>
              <Table.Tr>
                {mapped.map((field) => (
                  <Table.Th key={field} scope="col">
                    {CSV_FIELD_LABELS[field]}
                  </Table.Th>
                ))}
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {preview.map((row, index) => (
                // biome-ignore lint/suspicious/noArrayIndexKey: preview rows have no id but their line
                <Table.Tr key={index}>
                  {mapped.map((field) => {
                    const header = mapping[field];
                    const cell = header === undefined ? '' : (row[header] ?? '');
                    return (
                      <Table.Td key={field} style={{ maxWidth: 240, verticalAlign: 'top' }}>
                        <Text size="xs" lineClamp={3}>
                          {cell}
                        </Text>
                      </Table.Td>
                    );
                  })}
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </section>
      ) : null}
    </Stack>
  );
}

function Conflicts({ plan }: { plan: ImportPlan }) {
  const resolutions = useImportStore((state) => state.resolutions);
  const resolve = useImportStore((state) => state.resolve);
  const resolveAll = useImportStore((state) => state.resolveAll);
  if (plan.conflicts.length === 0) return null;
  const ids = plan.conflicts.map((conflict) => conflict.id);
  return (
    <Stack gap="sm">
      <Group justify="space-between">
        <Title order={3} size="h5">
          Conflicts
        </Title>
        {plan.conflicts.length > 1 ? (
          <Group gap="xs">
            <Button size="compact-xs" variant="default" onClick={() => resolveAll(ids, 'keep-local')}>
              Keep all mine
            </Button>
            <Button size="compact-xs" variant="default" onClick={() => resolveAll(ids, 'take-incoming')}>
              Take all incoming
            </Button>
          </Group>
        ) : null}
      </Group>
      <Text size="sm" c="dimmed">
        These questions were changed here and in the file. Yours is kept unless you choose otherwise.
      </Text>
      {plan.conflicts.map((conflict) => (
        <Radio.Group
          key={conflict.id}
          label={`Row ${conflict.row}: ${conflict.text}`}
          description={
            conflict.kind === 'delete'
              ? `The file deletes this question (${formatDateTime(conflict.incomingUpdatedAt)}); yours changed ${formatDateTime(conflict.localUpdatedAt)}.`
              : `Yours changed ${formatDateTime(conflict.localUpdatedAt)}; the file's ${conflict.incomingUpdatedAt ? formatDateTime(conflict.incomingUpdatedAt) : 'has no date'}.`
          }
          value={resolutions[conflict.id] ?? 'keep-local'}
          onChange={(value) =>
            resolve(conflict.id, value === 'take-incoming' ? 'take-incoming' : 'keep-local')
          }
        >
          <Group gap="lg" mt={6}>
            <Radio value="keep-local" label="Keep mine" />
            <Radio value="take-incoming" label={conflict.kind === 'delete' ? 'Delete it' : 'Take incoming'} />
          </Group>
        </Radio.Group>
      ))}
      {plan.counts.conflicting > plan.conflicts.length ? (
        <Text size="xs" c="dimmed">
          {formatNumber(plan.counts.conflicting - plan.conflicts.length)} more conflicts are not listed; they
          keep your version.
        </Text>
      ) : null}
    </Stack>
  );
}

function InvalidRows({ plan }: { plan: ImportPlan }) {
  if (plan.invalid.length === 0) return null;
  return (
    <Stack gap="xs">
      <Title order={3} size="h5">
        Rows that will be skipped
      </Title>
      <List size="sm" spacing={4} aria-label="Invalid rows">
        {plan.invalid.map((problem) => (
          <List.Item key={problem.row}>
            Row {problem.row}: {problem.reason}
          </List.Item>
        ))}
      </List>
      {plan.counts.invalid > plan.invalid.length ? (
        <Text size="xs" c="dimmed">
          and {formatNumber(plan.counts.invalid - plan.invalid.length)} more.
        </Text>
      ) : null}
    </Stack>
  );
}

/** The dry run of an import, its CSV columns and conflicts, then Apply. */
export function ImportModal() {
  const file = useImportStore((state) => state.file);
  const mapping = useImportStore((state) => state.mapping);
  const { plan, planning, planError } = useImportPlan(file, mapping);
  const applying = useImportStore((state) => state.applying);
  const applyError = useImportStore((state) => state.applyError);
  const resolutions = useImportStore((state) => state.resolutions);
  const apply = useImportStore((state) => state.apply);
  const close = useImportStore((state) => state.close);

  const takenIncoming = plan ? plan.conflicts.filter((c) => resolutions[c.id] === 'take-incoming').length : 0;
  const changes = plan ? plan.counts.new + plan.counts.updated + plan.counts.deleted + takenIncoming : 0;

  return (
    <Modal
      opened={file !== null}
      onClose={close}
      title="Import preview"
      size="xl"
      closeButtonProps={{ 'aria-label': 'Close' }}
      attributes={{ header: { role: 'none' } }}
    >
      {file ? (
        <Stack gap="md">
          <Text size="sm">
            <strong>{file.name}</strong> ({file.format.toUpperCase()}). Nothing is written until you apply it,
            and then all of it is written or none.
          </Text>
          {planError ? <ErrorAlert title="This file cannot be imported as it is" error={planError} /> : null}
          {file.format === 'csv' && file.content.length > 0 && (plan?.csv || planError) ? (
            <ColumnMapping plan={plan} />
          ) : null}
          {planning ? (
            <Group gap="xs" role="status">
              <Loader size="xs" aria-hidden />
              <Text size="sm">Reading the file…</Text>
            </Group>
          ) : null}
          {plan && !planning ? (
            <Stack gap="md" aria-live="polite">
              <Title order={3} size="h5">
                What the import will do ({formatNumber(plan.total)} {plan.total === 1 ? 'row' : 'rows'})
              </Title>
              <Counts plan={plan} />
              <InvalidRows plan={plan} />
              <Conflicts plan={plan} />
              {changes === 0 ? (
                <Alert variant="light" color="gray">
                  Nothing in this file would change your question bank.
                </Alert>
              ) : null}
            </Stack>
          ) : null}
          {applyError ? <ErrorAlert title="Nothing was imported" error={applyError} /> : null}
          <Group justify="flex-end" gap="sm">
            <Button variant="default" onClick={close}>
              Cancel
            </Button>
            <Button
              onClick={() => void apply()}
              loading={applying}
              disabled={planning || plan === null || changes === 0}
            >
              Apply import
            </Button>
          </Group>
        </Stack>
      ) : null}
    </Modal>
  );
}
