import { Button, Menu } from '@mantine/core';
import { IconChevronDown, IconPrinter } from '@tabler/icons-react';
import { useState } from 'react';
import type { DocumentExportInput, DocumentFormat } from '../../../../shared/documents';
import type { AppErrorData } from '../../../../shared/result';
import { exportDocument } from './export-document';
import { PlaceholdersModal } from './PlaceholdersModal';

const FORMATS: { format: DocumentFormat; label: string }[] = [
  { format: 'pdf', label: 'PDF' },
  { format: 'docx', label: 'Word document (.docx)' },
  { format: 'both', label: 'PDF and Word' },
];

export type ExportNotice = { tone: 'success'; message: string } | { tone: 'error'; error: AppErrorData };

/**
 * An export menu for one document (a kit, a scorecard): PDF, Word or both, asking first when
 * the text still holds placeholders. `source` gives the input without the format.
 */
export function ExportButton({
  label,
  menuLabel,
  source,
  onNotice,
}: {
  label: string;
  menuLabel: string;
  source: () => Omit<DocumentExportInput, 'format' | 'placeholders'>;
  onNotice(notice: ExportNotice): void;
}) {
  const [busy, setBusy] = useState(false);
  const [pending, setPending] = useState<{ format: DocumentFormat; placeholders: string[] } | null>(null);

  const run = async (format: DocumentFormat, removePlaceholders = false) => {
    setBusy(true);
    try {
      const outcome = await exportDocument({
        ...source(),
        format,
        placeholders: removePlaceholders ? 'remove' : 'ask',
      } as DocumentExportInput);
      if (outcome.status === 'placeholders') setPending({ format, placeholders: outcome.placeholders });
      else if (outcome.status === 'done') onNotice({ tone: 'success', message: outcome.message });
      else if (outcome.status === 'error') onNotice({ tone: 'error', error: outcome.error });
    } finally {
      setBusy(false);
    }
  };

  return (
    <>
      <Menu position="bottom-end" withinPortal>
        <Menu.Target>
          <Button
            variant="default"
            size="compact-sm"
            leftSection={<IconPrinter size={14} aria-hidden />}
            rightSection={<IconChevronDown size={12} aria-hidden />}
            loading={busy}
          >
            {label}
          </Button>
        </Menu.Target>
        <Menu.Dropdown>
          <Menu.Label>{menuLabel}</Menu.Label>
          {FORMATS.map(({ format, label: name }) => (
            <Menu.Item key={format} onClick={() => void run(format)}>
              {name}
            </Menu.Item>
          ))}
        </Menu.Dropdown>
      </Menu>
      <PlaceholdersModal
        placeholders={pending?.placeholders ?? null}
        onBack={() => setPending(null)}
        onExportWithout={() => {
          const next = pending;
          setPending(null);
          if (next) void run(next.format, true);
        }}
      />
    </>
  );
}
