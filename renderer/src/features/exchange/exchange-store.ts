import { create } from 'zustand';
import { EXCHANGE_LIMITS, type ExchangeReport } from '../../../../shared/pack-exchange';
import type { AppErrorData } from '../../../../shared/result';
import { call } from '../../api';
import { megabytes, NotUtf8Error, readFileText } from '../../ui/files';
import { invalidateImportedReads } from './queries';

interface ExchangeFileText {
  fileName: string;
  content: string;
}

interface ExchangeImportState {
  /** The file being previewed; the import dialog is open while there is one (or a refusal to show). */
  file: ExchangeFileText | null;
  /** The dry run of the file (nothing written yet). */
  preview: ExchangeReport | null;
  /** What the import did, once confirmed. */
  applied: ExchangeReport | null;
  busy: 'reading' | 'checking' | 'importing' | null;
  error: AppErrorData | null;
  /** Set after the person chose to bring a scorecard for an unknown pack in under a new candidate. */
  allowUnknownPack: boolean;

  openFile(file: File): Promise<void>;
  openText(fileName: string, content: string): Promise<void>;
  /** A file the desktop shell could not read: shown like any other refusal. */
  showRefusal(fileName: string, message: string): void;
  importAnywayAsNewCandidate(): Promise<void>;
  confirm(): Promise<boolean>;
  close(): void;
}

const initial = {
  file: null,
  preview: null,
  applied: null,
  busy: null,
  error: null,
  allowUnknownPack: false,
} satisfies Partial<ExchangeImportState>;

/** Why a file is refused before a byte of it is read, or null. */
export function refuseExchangeFile(file: Pick<File, 'name' | 'size'>): string | null {
  if (file.size === 0) return `${file.name} is empty. Nothing was imported.`;
  if (file.size > EXCHANGE_LIMITS.bytes)
    return `${file.name} is ${megabytes(file.size)}, more than any Reqdesk file (${EXCHANGE_LIMITS.bytes / 1024 / 1024} MB). Nothing was imported.`;
  return null;
}

const refusal = (message: string): AppErrorData => ({ code: 'bad_input', message });

/** Picked, dropped or opened files: previewed first (dry run), imported only on confirm. */
export const useExchangeImportStore = create<ExchangeImportState>()((set, get) => {
  let generation = 0;

  async function check(file: ExchangeFileText, allowUnknownPack: boolean) {
    const mine = ++generation;
    set({ ...initial, file, allowUnknownPack, busy: 'checking' });
    const result = await call('exchange.previewImport', { ...file, allowUnknownPack });
    if (mine !== generation) return;
    set(result.ok ? { preview: result.value, busy: null } : { error: result.error, busy: null });
  }

  return {
    ...initial,
    async openFile(file) {
      const refused = refuseExchangeFile(file);
      if (refused) return get().showRefusal(file.name, refused);
      const mine = ++generation;
      set({ ...initial, file: { fileName: file.name, content: '' }, busy: 'reading' });
      try {
        const content = await readFileText(file);
        if (mine === generation) await check({ fileName: file.name, content }, false);
      } catch (error) {
        if (mine !== generation) return;
        const message =
          error instanceof NotUtf8Error
            ? `${error.message} A Reqdesk file is UTF-8 text; nothing was imported.`
            : `${file.name} could not be read (${(error as Error).message}). Nothing was imported.`;
        get().showRefusal(file.name, message);
      }
    },
    openText: (fileName, content) => check({ fileName, content }, false),
    showRefusal(fileName, message) {
      generation++;
      set({ ...initial, file: { fileName, content: '' }, error: refusal(message) });
    },
    async importAnywayAsNewCandidate() {
      const { file } = get();
      if (file) await check(file, true);
    },
    async confirm() {
      const { file, allowUnknownPack, preview } = get();
      if (!file || !preview || get().busy) return false;
      set({ busy: 'importing', error: null });
      const result = await call('exchange.applyImport', { ...file, allowUnknownPack });
      set(result.ok ? { applied: result.value, busy: null } : { error: result.error, busy: null });
      if (result.ok) await invalidateImportedReads();
      return result.ok;
    },
    close() {
      generation++;
      set(initial);
    },
  };
});
