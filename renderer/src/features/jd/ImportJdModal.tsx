import {
  Alert,
  Button,
  FileButton,
  Group,
  List,
  Modal,
  Paper,
  SimpleGrid,
  Stack,
  Text,
  Textarea,
  Title,
} from '@mantine/core';
import { IconFileImport, IconWand } from '@tabler/icons-react';
import { type ClipboardEvent, useRef } from 'react';
import type { JdFinding } from '../../../../shared/domain/jd';
import { readError } from '../../ui/query';
import { convertImportedJd } from './convert-jd';
import { JD_FILE_EXTENSIONS } from './import-file';
import { useImportJdStore } from './import-jd-store';
import { JdChecksPanel } from './JdChecksPanel';
import { SECTION_NAMES } from './JdSectionEditor';
import { locateInSource } from './jd-text';
import { useImportCheck } from './queries';

/**
 * "Import an old JD": paste it or open its file, see it split into sections and checked, then
 * turn it into a role spec that opens in the intake with what is still to fill listed.
 */
export function ImportJdModal() {
  const opened = useImportJdStore((s) => s.opened);
  const text = useImportJdStore((s) => s.text);
  const file = useImportJdStore((s) => s.file);
  const busy = useImportJdStore((s) => s.busy);
  const checkQuery = useImportCheck(useImportJdStore((s) => s.checked));
  const check = checkQuery.data ?? null;
  // A refusal of the text or the file first; otherwise why the checks did not run.
  const error = useImportJdStore((s) => s.error) ?? readError(checkQuery)?.message ?? null;
  const store = useImportJdStore.getState;
  const input = useRef<HTMLTextAreaElement>(null);

  /** Selects a finding's words in the pasted text. */
  const show = (finding: JdFinding) => {
    const field = input.current;
    const span = check ? locateInSource(check.text, finding.start, finding.end, field?.value ?? '') : null;
    if (!field || !span) return;
    field.focus();
    field.setSelectionRange(span.start, span.end);
  };

  const onPaste = (event: ClipboardEvent<HTMLTextAreaElement>) => {
    const pasted = event.clipboardData.getData('text/plain');
    const field = event.currentTarget;
    const kept = field.value.length - (field.selectionEnd - field.selectionStart);
    if (store().refusePaste(pasted.length, kept + pasted.length)) event.preventDefault();
  };

  return (
    <Modal opened={opened} onClose={() => store().close()} title="Import an old JD" size="80rem" centered>
      <Stack gap="md">
        <Text size="sm" c="dimmed">
          Paste the text of a job description written before, or open it as a .txt, .md or .docx file. Reqdesk
          splits it into sections, checks it, and can turn it into a new role spec for you to finish.
        </Text>
        <Group gap="sm">
          <FileButton accept={JD_FILE_EXTENSIONS.join(',')} onChange={(f) => f && void store().loadFile(f)}>
            {(props) => (
              <Button
                {...props}
                variant="default"
                leftSection={<IconFileImport size={16} aria-hidden />}
                loading={busy}
              >
                Open a file…
              </Button>
            )}
          </FileButton>
          {file ? (
            <Text size="sm" c="dimmed">
              Read from {file.name}
            </Text>
          ) : null}
        </Group>
        {error ? (
          <Alert color="red" variant="light" role="alert" title="That did not work">
            {error}
          </Alert>
        ) : null}
        <SimpleGrid cols={{ base: 1, md: 2 }} spacing="md">
          <Stack gap="sm">
            <Textarea
              label="The old JD"
              placeholder="Paste it here"
              autosize
              minRows={8}
              maxRows={18}
              ref={input}
              value={text}
              onPaste={onPaste}
              onChange={(e) => store().setText(e.currentTarget.value)}
              data-autofocus
            />
            {check ? (
              <Paper withBorder radius="md" p="sm" component="section" aria-label="Sections found">
                <Title order={3} size="h6" mb={4}>
                  Sections found
                </Title>
                <List size="sm" spacing={2}>
                  <List.Item>
                    <Text span fw={600} size="sm">
                      {SECTION_NAMES.title}:
                    </Text>{' '}
                    {check.document.title || '(none found)'}
                  </List.Item>
                  {check.document.sections.map((s, i) => (
                    // biome-ignore lint/suspicious/noArrayIndexKey: sections of one split, in order
                    <List.Item key={i}>
                      <Text span fw={600} size="sm">
                        {SECTION_NAMES[s.id]}
                      </Text>
                      {s.heading ? ` (“${s.heading}”)` : ''}: {s.text.split(/\s+/).filter(Boolean).length}{' '}
                      words
                    </List.Item>
                  ))}
                </List>
              </Paper>
            ) : null}
          </Stack>
          {text.trim() ? (
            <JdChecksPanel report={check?.report ?? null} text={check?.text ?? ''} onShow={show} />
          ) : (
            <Text size="sm" c="dimmed">
              The checks show here once there is text.
            </Text>
          )}
        </SimpleGrid>
        <Group justify="flex-end" gap="sm">
          <Button variant="default" onClick={() => store().close()}>
            Close
          </Button>
          <Button
            leftSection={<IconWand size={16} aria-hidden />}
            onClick={() => void convertImportedJd()}
            disabled={!text.trim()}
            loading={busy}
          >
            Convert to role spec
          </Button>
        </Group>
      </Stack>
    </Modal>
  );
}
