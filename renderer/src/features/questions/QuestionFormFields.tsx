import { Checkbox, NativeSelect, NumberInput, Stack, TagsInput, Textarea, TextInput } from '@mantine/core';
import { memo } from 'react';
import type { FieldKey } from './question-form';
import classes from './questions.module.css';

const CLASS_NAMES = { error: classes.fieldError, input: classes.fieldInput };

/**
 * The form's fields, each memoised on plain props (value, error, a stable onChange), so a
 * keystroke in one field re-renders that field only, not the thirty around it. Each carries its
 * form path as `data-path`, as Mantine's own inputs do, so the first field in error can be focused.
 */

export type FieldValue = string | string[] | number;
export type FieldChange = (field: FieldKey, value: FieldValue) => void;

interface BaseProps {
  field: FieldKey;
  label: string;
  description?: string;
  error: string | undefined;
  required?: boolean;
  onChange: FieldChange;
}

export const TextField = memo(function TextField({
  field,
  label,
  description,
  error,
  required,
  onChange,
  value,
  rows,
  autoFocus,
}: BaseProps & { value: string; rows?: number; autoFocus?: boolean }) {
  const common = {
    label,
    description,
    error,
    required,
    withAsterisk: false,
    classNames: CLASS_NAMES,
    value,
    'data-path': field,
    ...(autoFocus ? { 'data-autofocus': true } : {}),
  };
  return rows ? (
    <Textarea
      {...common}
      rows={rows}
      resize="vertical"
      onChange={(event) => onChange(field, event.currentTarget.value)}
    />
  ) : (
    <TextInput {...common} onChange={(event) => onChange(field, event.currentTarget.value)} />
  );
});

export const SelectField = memo(function SelectField({
  field,
  label,
  error,
  onChange,
  value,
  options,
}: BaseProps & { value: string; options: { value: string; label: string }[] }) {
  return (
    <NativeSelect
      label={label}
      classNames={CLASS_NAMES}
      data-path={field}
      data={options}
      value={value}
      error={error}
      onChange={(event) => onChange(field, event.currentTarget.value)}
    />
  );
});

export const ChoiceField = memo(function ChoiceField({
  field,
  label,
  error,
  required,
  onChange,
  value,
  options,
}: BaseProps & { value: string[]; options: { value: string; label: string }[] }) {
  return (
    <Checkbox.Group
      label={label}
      data-path={field}
      value={value}
      onChange={(next) => onChange(field, next)}
      error={error}
      required={required}
      withAsterisk={false}
      classNames={CLASS_NAMES}
    >
      <Stack gap={6} mt={6}>
        {options.map((option) => (
          <Checkbox key={option.value} value={option.value} label={option.label} />
        ))}
      </Stack>
    </Checkbox.Group>
  );
});

export const TagsField = memo(function TagsField({
  field,
  label,
  description,
  error,
  required,
  onChange,
  value,
  suggestions,
  splitChars,
}: BaseProps & { value: string[]; suggestions?: string[]; splitChars: string[] }) {
  return (
    <TagsInput
      label={label}
      description={description}
      data-path={field}
      data={suggestions}
      value={value}
      onChange={(next) => onChange(field, next)}
      error={error}
      splitChars={splitChars}
      required={required}
      withAsterisk={false}
      classNames={CLASS_NAMES}
    />
  );
});

export const MinutesField = memo(function MinutesField({
  field,
  label,
  description,
  error,
  required,
  onChange,
  value,
}: BaseProps & { value: number | string }) {
  return (
    <NumberInput
      label={label}
      description={description}
      data-path={field}
      min={1}
      max={240}
      allowDecimal={false}
      allowNegative={false}
      value={value}
      onChange={(next) => onChange(field, next)}
      error={error}
      required={required}
      withAsterisk={false}
      classNames={CLASS_NAMES}
    />
  );
});
