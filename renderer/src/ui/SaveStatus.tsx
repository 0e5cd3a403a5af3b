import { Group, Text } from '@mantine/core';
import type { AutosaveState } from './autosave-queue';
import { SaveStateText } from './SaveStateText';

const time = (iso: string) => new Date(iso).toLocaleTimeString([], { hour: '2-digit', minute: '2-digit' });

/** "Saved", "Saving…" or why not, and how many fields wait to be fixed: beside a form that saves itself. */
export function SaveStatus({ state, unsavedFields }: { state: AutosaveState; unsavedFields: number }) {
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
