import { Group, Text } from '@mantine/core';
import { SaveStateText } from '../../ui/SaveStateText';
import type { SaveState } from './role-autosave';

const time = (iso: string) => new Date(iso).toLocaleTimeString([], { hour: '2-digit', minute: '2-digit' });

/** "Saved", "Saving…" or why not: always visible while the intake is open. */
export function SaveStatus({ state, unsavedFields }: { state: SaveState; unsavedFields: number }) {
  return (
    <Group gap="sm">
      {unsavedFields > 0 ? (
        <Text size="sm" c="orange.8">
          {unsavedFields === 1 ? 'One field needs' : `${unsavedFields} fields need`} fixing before it is saved
        </Text>
      ) : null}
      <SaveStateText state={state} idleText="All changes saved" savedText={(at) => `Saved at ${time(at)}`} />
    </Group>
  );
}
