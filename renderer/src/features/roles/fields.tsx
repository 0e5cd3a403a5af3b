import { NativeSelect, NumberInput, Text, Textarea, TextInput } from '@mantine/core';
import { type ReactNode, useEffect, useRef, useState } from 'react';
import type { RoleSpec } from '../../../../shared/roles';
import { useRolesStore } from './roles-store';

type StringField = {
  [K in keyof RoleSpec]: RoleSpec[K] extends string ? K : never;
}[keyof RoleSpec];
type ListField = 'first90Days' | 'mustHaves' | 'preferred';

/** The id of a field's input, so the progress panel can jump to it. */
export const fieldId = (field: string) => `intake-${field}`;

/** Puts the caret in a field (or the first input of a group, such as the archetype cards). */
export function focusField(field: string): void {
  const element = document.getElementById(fieldId(field));
  const target = element?.matches('input, textarea, select')
    ? element
    : element?.querySelector<HTMLElement>('input:checked, input, textarea, select');
  target?.focus();
}

function useField<F extends keyof RoleSpec>(field: F) {
  const value = useRolesStore((s) => s.draft?.[field]) as RoleSpec[F];
  const error = useRolesStore((s) => s.fieldErrors[field]);
  const edit = useRolesStore((s) => s.edit);
  return { value, error, set: (next: RoleSpec[F]) => edit(field, next) };
}

interface TextFieldProps {
  field: StringField;
  label: string;
  description?: ReactNode;
  placeholder?: string;
  /** Several lines (notes, blurbs); Enter then starts a new line instead of moving on. */
  multiline?: boolean;
  autoFocus?: boolean;
}

/** One text field of the spec, saved as you type. */
export function TextField({ field, label, description, placeholder, multiline, autoFocus }: TextFieldProps) {
  const { value, error, set } = useField(field);
  const common = {
    id: fieldId(field),
    label,
    description,
    placeholder,
    error,
    value: value ?? '',
    autoFocus,
  };
  return multiline ? (
    <Textarea {...common} autosize minRows={2} maxRows={8} onChange={(e) => set(e.currentTarget.value)} />
  ) : (
    <TextInput {...common} data-enter-next onChange={(e) => set(e.currentTarget.value)} />
  );
}

/** Splits a one-per-line list as typed; blank lines are dropped. */
export function linesToItems(text: string): string[] {
  return text
    .split('\n')
    .map((line) => line.replace(/^\s*(?:[-*•]|\d+[.)])\s+/, '').trim())
    .filter(Boolean);
}

interface ListFieldProps {
  field: ListField;
  label: string;
  description?: ReactNode;
  placeholder?: string;
  /** Shown under the field: e.g. a count against the advised number. */
  counter?: (count: number) => ReactNode;
}

/**
 * A list typed one item per line. The text stays as typed (blank lines and all) while the
 * field has focus; the saved list is the non-empty lines.
 */
export function ListField({ field, label, description, placeholder, counter }: ListFieldProps) {
  const { value, error, set } = useField(field);
  const items = value ?? [];
  const [text, setText] = useState(() => items.join('\n'));
  const focused = useRef(false);
  // Another role opened, or the list changed elsewhere: show it, unless the person is typing here.
  useEffect(() => {
    if (!focused.current) setText(items.join('\n'));
  }, [items]);
  return (
    <div>
      <Textarea
        id={fieldId(field)}
        label={label}
        description={description}
        placeholder={placeholder}
        error={error}
        value={text}
        autosize
        minRows={3}
        maxRows={12}
        onFocus={() => {
          focused.current = true;
        }}
        onBlur={() => {
          focused.current = false;
          setText(items.join('\n'));
        }}
        onChange={(e) => {
          setText(e.currentTarget.value);
          set(linesToItems(e.currentTarget.value));
        }}
      />
      {counter ? counter(items.length) : null}
    </div>
  );
}

interface SelectFieldProps<F extends keyof RoleSpec> {
  field: F;
  label: string;
  options: Record<string, string>;
  description?: ReactNode;
}

/** A choice from a short vocabulary, as a native select (typing a letter picks, as everywhere). */
export function SelectField<F extends keyof RoleSpec>({
  field,
  label,
  options,
  description,
}: SelectFieldProps<F>) {
  const { value, error, set } = useField(field);
  return (
    <NativeSelect
      id={fieldId(field)}
      label={label}
      description={description}
      error={error}
      value={(value as string | null) ?? ''}
      data={[
        { value: '', label: 'Not set' },
        ...Object.entries(options).map(([v, l]) => ({ value: v, label: l })),
      ]}
      onChange={(e) => set((e.currentTarget.value || null) as RoleSpec[F])}
    />
  );
}

/** Pay as a whole number of currency units; an empty box is "not set". */
export function MoneyInput({
  label,
  value,
  error,
  onChange,
  id,
}: {
  label: string;
  value: number | null;
  error?: string;
  onChange(value: number | null): void;
  id: string;
}) {
  return (
    <NumberInput
      id={id}
      data-enter-next
      label={label}
      value={value ?? ''}
      error={error}
      thousandSeparator=","
      // A typed minus sign is kept, so "-5000" reaches validation and is refused with a
      // reason instead of being read silently as 5,000.
      allowNegative
      allowDecimal={false}
      hideControls
      onChange={(next) => onChange(typeof next === 'number' ? next : next === '' ? null : Number(next))}
    />
  );
}

export function Hint({ children, tone = 'dimmed' }: { children: ReactNode; tone?: 'dimmed' | 'warning' }) {
  return (
    <Text
      size="xs"
      c={tone === 'warning' ? 'orange.8' : 'dimmed'}
      mt={4}
      role={tone === 'warning' ? 'status' : undefined}
    >
      {children}
    </Text>
  );
}
