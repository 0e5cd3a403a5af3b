import { Badge, Group, Modal, Paper, Stack, Text, Title, UnstyledButton } from '@mantine/core';
import { useState } from 'react';
import type { JdVersion } from '../../../../shared/jd';
import { formatDateTime } from '../../ui/format';
import classes from './jd.module.css';
import { useJdStore } from './jd-store';
import { useJdVersions } from './queries';

const formatNames = (formats: JdVersion['formats']) =>
  formats.map((f) => (f === 'docx' ? 'Word' : 'PDF')).join(' and ');

/** Every export of this JD, newest first; a click shows the text as it was exported. */
export function JdVersions() {
  const jdId = useJdStore((s) => s.jd?.id ?? null);
  const versions = useJdVersions(jdId).data;
  const [open, setOpen] = useState<JdVersion | null>(null);
  return (
    <Paper withBorder radius="md" p="md" component="section" aria-label="Exported versions">
      <Title order={2} size="h5" mb="xs">
        Exported versions
      </Title>
      {!versions || versions.length === 0 ? (
        <Text size="sm" c="dimmed">
          None yet. Each export keeps a copy of the text here.
        </Text>
      ) : (
        <Stack gap={4} component="ul" style={{ listStyle: 'none', padding: 0, margin: 0 }}>
          {versions.map((v) => (
            <li key={v.id}>
              <UnstyledButton className={classes.findingShow} onClick={() => setOpen(v)} p={4}>
                <Group gap="xs">
                  <Text size="sm">{formatDateTime(v.createdAt)}</Text>
                  <Text size="xs" c="dimmed">
                    {formatNames(v.formats)}
                  </Text>
                  {v.final ? (
                    <Badge size="xs" color="teal" variant="light">
                      final
                    </Badge>
                  ) : null}
                  {v.overrideReason ? (
                    <Badge size="xs" color="orange" variant="light">
                      no range, overridden
                    </Badge>
                  ) : null}
                </Group>
                {v.overrideReason ? (
                  <Text size="xs" c="dimmed">
                    Reason: {v.overrideReason}
                  </Text>
                ) : null}
              </UnstyledButton>
            </li>
          ))}
        </Stack>
      )}
      <Modal
        opened={open !== null}
        onClose={() => setOpen(null)}
        title={open ? `Exported ${formatDateTime(open.createdAt)}` : ''}
        size="lg"
        centered
      >
        {open ? (
          <Stack gap="xs">
            <Text size="xs" c="dimmed">
              {formatNames(open.formats)}
              {open.final ? ', marked final' : ''}
              {open.overrideReason ? `. Exported without a range because: ${open.overrideReason}` : ''}
            </Text>
            <div className={classes.snapshot} role="document" aria-label="Exported text">
              {open.text}
            </div>
          </Stack>
        ) : null}
      </Modal>
    </Paper>
  );
}
