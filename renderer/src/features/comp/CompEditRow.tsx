import { Button, Group, NumberInput, Stack, Table, Text, TextInput } from '@mantine/core';
import { schemaResolver, useForm } from '@mantine/form';
import { type FormEvent, useRef } from 'react';
import type { CompRow, CompTableName } from '../../../../shared/domain/comp/comp-data';
import { type CompRowEdit, compRowEdit } from '../../../../shared/domain/comp/comp-input';
import { ErrorAlert } from '../../ui/ErrorAlert';
import { focusFirstError } from '../../ui/focus-first-error';
import { editableFields, localToday, unitOf } from './comp-data-format';
import { useCompDataStore } from './comp-data-store';

type Field = ReturnType<typeof editableFields>[number];

/** What the inputs hold: a number input is '' while empty. */
interface RowDraft {
  values: Record<string, number | string>;
  year: number | string;
  updated: string;
}

/** The same rules the core applies to an edit, so most problems show before a save is tried. */
const checkWithSchema = schemaResolver(compRowEdit, { sync: true });

/** The edit the core is sent: an empty optional figure is cleared, an empty required one stays '' to be refused. */
function editOf(id: string, fields: Field[], draft: RowDraft) {
  const values = Object.fromEntries(
    fields.map(({ field, optional }) => {
      const value = draft.values[field];
      return [field, value === '' && optional ? null : value];
    }),
  );
  return { id, values, year: draft.year, updated: draft.updated };
}

function check(id: string, fields: Field[], draft: RowDraft): Record<string, string> {
  const edit = editOf(id, fields, draft);
  const errors = checkWithSchema(edit) as Record<string, string>;
  if (draft.year === '') errors.year = 'Enter the year the figures describe.';
  const { values } = edit;
  const lowField = 'min' in values ? 'min' : 'minDays';
  const low = values[lowField];
  const high = values.max ?? values.maxDays;
  if (typeof low === 'number' && typeof high === 'number' && low > high)
    errors[`values.${lowField}`] ??= 'The minimum is above the maximum.';
  return errors;
}

function draftFor(row: CompRow, fields: Field[]): RowDraft {
  const record = row as unknown as Record<string, unknown>;
  const values = Object.fromEntries(
    fields.map(({ field }) => {
      const value = record[field];
      return [field, typeof value === 'number' ? value : ''];
    }),
  );
  return { values, year: row.year, updated: localToday() };
}

/** One row's figures, year and date in an inline form; the core's refusal shows above the buttons. */
export function CompEditRow({ table, row }: { table: CompTableName; row: CompRow }) {
  const save = useCompDataStore((s) => s.save);
  const cancelEdit = useCompDataStore((s) => s.cancelEdit);
  const coreError = useCompDataStore((s) => s.errors[row.id]);
  const fields = editableFields(table, row);
  const unit = unitOf(table, row);
  const form = useForm<RowDraft>({
    initialValues: draftFor(row, fields),
    validate: (draft) => check(row.id, fields, draft),
  });
  const formRef = useRef<HTMLFormElement>(null);

  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    if (form.submitting) return;
    form.onSubmit(
      // Checked above: the draft now has the edit's shape.
      async (draft) => void (await save(editOf(row.id, fields, draft) as CompRowEdit)),
      (errors) => focusFirstError(formRef.current, errors),
    )(event);
  };

  return (
    <Table.Tr data-row={row.id}>
      <Table.Td colSpan={6}>
        <form ref={formRef} onSubmit={submit} aria-label={`Edit ${row.label}`} noValidate>
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
                  thousandSeparator={unit === 'usd' && field !== 'hourly' ? ',' : undefined}
                  decimalScale={field === 'hourly' || unit === 'percent' ? 2 : unit === 'usd' ? 0 : 2}
                  allowNegative={unit === 'percent'}
                  description={optional ? 'May be left empty' : undefined}
                  {...form.getInputProps(`values.${field}`)}
                />
              ))}
              <NumberInput
                label="Year"
                w={100}
                allowDecimal={false}
                allowNegative={false}
                {...form.getInputProps('year')}
              />
              <TextInput
                label="Updated"
                w={130}
                placeholder="YYYY-MM-DD"
                {...form.getInputProps('updated')}
              />
            </Group>
            {coreError ? <ErrorAlert title="These figures were not saved" error={coreError} /> : null}
            <Group gap="xs">
              <Button type="submit" size="xs" loading={form.submitting}>
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
