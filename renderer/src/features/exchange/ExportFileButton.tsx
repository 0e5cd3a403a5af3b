import { Button, Stack, Text } from '@mantine/core';
import { IconFileExport } from '@tabler/icons-react';
import { useState } from 'react';
import type { ExchangeExportInput } from '../../../../shared/pack-exchange';
import type { AppErrorData } from '../../../../shared/result';
import { ErrorAlert } from '../../ui/ErrorAlert';
import { downloadExchangeFile } from './export-file';

/** One click, one file: "Export scorecard" on a submitted scorecard, "Export role bundle" on a role. */
export function ExportFileButton({ input, label }: { input: ExchangeExportInput; label: string }) {
  const [busy, setBusy] = useState(false);
  const [message, setMessage] = useState<string | null>(null);
  const [error, setError] = useState<AppErrorData | null>(null);
  const run = async () => {
    setBusy(true);
    setError(null);
    const result = await downloadExchangeFile(input);
    setBusy(false);
    if (result.ok) setMessage(result.message);
    else setError(result.error);
  };
  return (
    <Stack gap={4} align="flex-start">
      <Button
        size="compact-sm"
        variant="default"
        leftSection={<IconFileExport size={14} aria-hidden />}
        loading={busy}
        onClick={() => void run()}
      >
        {label}
      </Button>
      {message ? (
        <Text size="xs" c="dimmed" role="status">
          {message}
        </Text>
      ) : null}
      {error ? <ErrorAlert title="No file was made" error={error} onClose={() => setError(null)} /> : null}
    </Stack>
  );
}
