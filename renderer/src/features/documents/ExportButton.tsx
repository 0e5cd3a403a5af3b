import { Button, Menu } from '@mantine/core';
import { IconChevronDown, IconPrinter } from '@tabler/icons-react';
import { useState } from 'react';
import type { DocumentExportInput, DocumentFormat } from '../../../../shared/documents';
import type { AppErrorData, Result } from '../../../../shared/result';
import { exportDocument } from './export-document';
import { PlaceholdersModal } from './PlaceholdersModal';

const FORMATS: { format: DocumentFormat; label: string }[] = [
  { format: 'pdf', label: 'PDF' },
  { format: 'docx', label: 'Word document (.docx)' },
  { format: 'both', label: 'PDF and Word' },
];

export type ExportNotice = { tone: 'success'; message: string } | { tone: 'error'; error: AppErrorData };

/** What to export, without the format: a document kind and the ids it needs (per kind). */
type WithoutFormat<T> = T extends unknown ? Omit<T, 'format' | 'placeholders'> : never;
export type ExportSource = WithoutFormat<DocumentExportInput>;

/**
 * An export menu for one document (a kit, a scorecard, a question sheet): PDF, Word or both,
 * asking first when the text still holds placeholders. `source` names what to export; it may
 * look it up first and refuse with a reason (a list still loading, too many questions). The
 * answer to the placeholders question exports the same source again, not a fresh lookup.
 */
export function ExportButton({
  label,
  menuLabel,
  source,
  onNotice,
  size = 'compact',
  disabled = false,
}: {
  label: string;
  menuLabel: string;
  source: () => ExportSource | Promise<Result<ExportSource>>;
  onNotice(notice: ExportNotice): void;
  size?: 'compact' | 'regular';
  disabled?: boolean;
}) {
  const [busy, setBusy] = useState(false);
  const [pending, setPending] = useState<{
    input: ExportSource;
    format: DocumentFormat;
    placeholders: string[];
  } | null>(null);

  const resolveSource = async (): Promise<Result<ExportSource>> => {
    const picked = await source();
    return 'ok' in picked ? picked : { ok: true, value: picked };
  };

  const run = async (format: DocumentFormat, known?: ExportSource) => {
    setBusy(true);
    try {
      const picked = known ? { ok: true as const, value: known } : await resolveSource();
      if (!picked.ok) {
        onNotice({ tone: 'error', error: picked.error });
        return;
      }
      const outcome = await exportDocument({
        ...picked.value,
        format,
        placeholders: known ? 'remove' : 'ask',
      } as DocumentExportInput);
      if (outcome.status === 'placeholders')
        setPending({ input: picked.value, format, placeholders: outcome.placeholders });
      else if (outcome.status === 'done') onNotice({ tone: 'success', message: outcome.message });
      else if (outcome.status === 'error') onNotice({ tone: 'error', error: outcome.error });
    } finally {
      setBusy(false);
    }
  };

  const compact = size === 'compact';
  return (
    <>
      <Menu position="bottom-end" withinPortal>
        <Menu.Target>
          <Button
            variant="default"
            size={compact ? 'compact-sm' : 'sm'}
            leftSection={<IconPrinter size={compact ? 14 : 16} aria-hidden />}
            rightSection={<IconChevronDown size={compact ? 12 : 14} aria-hidden />}
            loading={busy}
            disabled={disabled}
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
          if (next) void run(next.format, next.input);
        }}
      />
    </>
  );
}
