import { Button, Group, Menu, Modal, Stack, Switch, Text, Textarea } from '@mantine/core';
import { IconChevronDown, IconFileExport } from '@tabler/icons-react';
import { useState } from 'react';
import type { DocumentFormat } from '../../../../shared/documents';
import { JD_LIMITS, overrideReasonSchema } from '../../../../shared/jd';
import { invalidateChannels } from '../../ui/query';
import { exportDocument, PlaceholdersModal } from '../documents';
import { useJdStore } from './jd-store';

const FORMATS: { format: DocumentFormat; label: string }[] = [
  { format: 'docx', label: 'Word document (.docx)' },
  { format: 'pdf', label: 'PDF' },
  { format: 'both', label: 'Word and PDF' },
];

interface ExportRequest {
  format: DocumentFormat;
  removePlaceholders: boolean;
  overrideReason?: string;
}

/** "Final" switch and "Export": the stored JD as DOCX, PDF or both; each export keeps a snapshot. */
export function JdExportMenu({ roleId }: { roleId: string }) {
  const final = useJdStore((s) => s.jd?.finalAt != null);
  const store = useJdStore.getState;
  const [busy, setBusy] = useState(false);
  const [placeholders, setPlaceholders] = useState<{ request: ExportRequest; names: string[] } | null>(null);
  const [override, setOverride] = useState<{ request: ExportRequest; message: string } | null>(null);

  const run = async (request: ExportRequest) => {
    setBusy(true);
    try {
      // The export reads the stored JD: what was typed last must be in it.
      if (!(await store().flush())) {
        store().setNotice({
          tone: 'error',
          message: 'The last edits are not saved yet, so nothing was exported.',
        });
        return;
      }
      const outcome = await exportDocument({
        kind: 'jd',
        roleId,
        format: request.format,
        placeholders: request.removePlaceholders ? 'remove' : 'ask',
        ...(request.overrideReason ? { overrideReason: request.overrideReason } : {}),
      });
      if (outcome.status === 'placeholders') setPlaceholders({ request, names: outcome.placeholders });
      else if (outcome.status === 'error' && outcome.error.code === 'pay_transparency')
        setOverride({ request, message: outcome.error.message });
      else if (outcome.status === 'error')
        store().setNotice({ tone: 'error', message: outcome.error.message });
      else if (outcome.status === 'done') {
        store().setNotice({ tone: 'success', message: outcome.message });
        void invalidateChannels('jd.versions');
      }
    } finally {
      setBusy(false);
    }
  };

  return (
    <Group gap="sm">
      <Switch
        label="Final"
        checked={final}
        onChange={(e) => void store().markFinal(e.currentTarget.checked)}
        description={final ? 'Ready to post' : undefined}
      />
      <Menu position="bottom-end" withinPortal>
        <Menu.Target>
          <Button
            leftSection={<IconFileExport size={16} aria-hidden />}
            rightSection={<IconChevronDown size={14} aria-hidden />}
            loading={busy}
          >
            Export
          </Button>
        </Menu.Target>
        <Menu.Dropdown>
          <Menu.Label>Export the job description</Menu.Label>
          {FORMATS.map(({ format, label }) => (
            <Menu.Item key={format} onClick={() => void run({ format, removePlaceholders: false })}>
              {label}
            </Menu.Item>
          ))}
        </Menu.Dropdown>
      </Menu>
      <PlaceholdersModal
        placeholders={placeholders?.names ?? null}
        onBack={() => setPlaceholders(null)}
        onExportWithout={() => {
          const next = placeholders?.request;
          setPlaceholders(null);
          if (next) void run({ ...next, removePlaceholders: true });
        }}
      />
      <OverrideModal
        message={override?.message ?? null}
        onCancel={() => setOverride(null)}
        onConfirm={(reason) => {
          const next = override?.request;
          setOverride(null);
          if (next) void run({ ...next, overrideReason: reason });
        }}
      />
    </Group>
  );
}

/** A final JD without the pay range a law asks for: export only with a reason, which is kept. */
function OverrideModal({
  message,
  onCancel,
  onConfirm,
}: {
  message: string | null;
  onCancel(): void;
  onConfirm(reason: string): void;
}) {
  const [reason, setReason] = useState('');
  const [error, setError] = useState<string | null>(null);
  const close = () => {
    setReason('');
    setError(null);
    onCancel();
  };
  const submit = () => {
    const parsed = overrideReasonSchema.safeParse(reason);
    if (!parsed.success) {
      setError(parsed.error.issues[0]?.message ?? 'That reason cannot be kept.');
      return;
    }
    setReason('');
    setError(null);
    onConfirm(parsed.data);
  };
  return (
    <Modal opened={message !== null} onClose={close} title="This JD needs a pay range" centered>
      <form
        onSubmit={(e) => {
          e.preventDefault();
          submit();
        }}
      >
        <Stack gap="sm">
          <Text size="sm">{message}</Text>
          <Text size="sm">
            Add the range to the compensation section, or say why this export goes out without it. The reason
            is stored with the exported version.
          </Text>
          <Textarea
            label="Reason for exporting without a range"
            withAsterisk
            autosize
            minRows={2}
            maxLength={JD_LIMITS.overrideReason}
            value={reason}
            error={error}
            onChange={(e) => {
              setReason(e.currentTarget.value);
              setError(null);
            }}
            data-autofocus
          />
          <Group justify="flex-end" gap="sm">
            <Button variant="default" onClick={close}>
              Go back
            </Button>
            <Button type="submit" color="orange">
              Export with this reason
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}
