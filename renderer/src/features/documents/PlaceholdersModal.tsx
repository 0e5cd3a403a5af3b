import { Button, Group, List, Modal, Stack, Text } from '@mantine/core';

interface PlaceholdersModalProps {
  /** The unfilled placeholders an export found; null keeps the modal closed. */
  placeholders: string[] | null;
  onBack(): void;
  /** Export again with the placeholders cut out of the files. */
  onExportWithout(): void;
}

/** Asked before an export leaves bracketed placeholders out of a document. */
export function PlaceholdersModal({ placeholders, onBack, onExportWithout }: PlaceholdersModalProps) {
  return (
    <Modal opened={placeholders !== null} onClose={onBack} title="Some text is still a placeholder" centered>
      <Stack gap="sm">
        <Text size="sm">These bracketed placeholders have not been filled in:</Text>
        <List size="sm">
          {placeholders?.map((p) => (
            <List.Item key={p}>{p}</List.Item>
          ))}
        </List>
        <Text size="sm">Fill them in first, or export now and leave them out of the file.</Text>
        <Group justify="flex-end" gap="sm">
          <Button variant="default" onClick={onBack}>
            Go back
          </Button>
          <Button onClick={onExportWithout}>Export without them</Button>
        </Group>
      </Stack>
    </Modal>
  );
}
