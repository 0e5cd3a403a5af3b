import { Group, SegmentedControl, Stack, Text } from '@mantine/core';
import { type ReactNode, useId } from 'react';
import type { AppErrorData } from '../../../../shared/result';
import { ErrorAlert } from '../../ui/ErrorAlert';

export interface SegmentedSettingProps<V extends string> {
  /** The control's visible label and accessible name. */
  label: string;
  description: ReactNode;
  value: V;
  options: readonly { value: V; label: ReactNode }[];
  onChange(value: V): void;
  error?: AppErrorData | undefined;
  /** Title of the alert shown when saving failed. */
  errorTitle: string;
  onDismissError(): void;
}

/**
 * Mantine hides each segment's radio as a 0×0 box. Here it covers its segment instead (still
 * invisible, under the label), so the radio has a real size for assistive tech that explores
 * by touch or pointer, and for tests that operate the radio itself.
 */
const SEGMENT_STYLES = {
  input: { inset: 0, width: '100%', height: '100%', margin: 0 },
  label: { position: 'relative' },
} as const;

/** One setting picked from a few options: label and description on the left, the choices on the right. */
export function SegmentedSetting<V extends string>({
  label,
  description,
  value,
  options,
  onChange,
  error,
  errorTitle,
  onDismissError,
}: SegmentedSettingProps<V>) {
  const labelId = useId();
  const descriptionId = useId();
  return (
    <Stack gap="xs">
      <Group justify="space-between" align="center" wrap="wrap" gap="md">
        <Stack gap={2} style={{ flex: '1 1 16rem' }}>
          <Text id={labelId} fw={600}>
            {label}
          </Text>
          <Text id={descriptionId} size="sm" c="dimmed">
            {description}
          </Text>
        </Stack>
        <SegmentedControl
          aria-labelledby={labelId}
          aria-describedby={descriptionId}
          value={value}
          onChange={(next) => onChange(next as V)}
          data={options.map((option) => ({ value: option.value, label: option.label }))}
          styles={SEGMENT_STYLES}
        />
      </Group>
      {error ? <ErrorAlert title={errorTitle} error={error} onClose={onDismissError} /> : null}
    </Stack>
  );
}
