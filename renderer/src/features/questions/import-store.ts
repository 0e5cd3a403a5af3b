import { create } from 'zustand';
import type { CsvMapping, conflictChoices, ImportResult } from '../../../../shared/exchange';
import type { AppErrorData } from '../../../../shared/result';
import { call } from '../../api';
import { NotUtf8Error, readFileText } from '../../ui/files';
import { plural } from '../../ui/format';
import { detectFormat, type ImportFileData, importInput, readCsvHeaders, refuseBySize } from './import-file';
import { useQuestionBankStore } from './question-bank-store';

export type ConflictChoice = (typeof conflictChoices)[number];

/**
 * An import being previewed: the file, the columns picked and the conflicts decided. The dry
 * run (the plan) is a read of these (see queries.ts); applying it is the write.
 */
interface ImportState {
  /** The file being previewed; the dialog is open while there is one. */
  file: ImportFileData | null;
  /** CSV: the columns picked; undefined lets the core guess from the headers. */
  mapping: CsvMapping | undefined;
  /** CSV: the file's headers as read here, until the core's plan names them. */
  headers: string[];
  resolutions: Record<string, ConflictChoice>;
  applying: boolean;
  applyError: AppErrorData | null;
  /** Why a picked file was not even read (too large, unreadable). */
  pickError: string | null;

  start(file: File): Promise<void>;
  setMapping(mapping: CsvMapping): void;
  resolve(id: string, choice: ConflictChoice): void;
  /** The same choice for every conflict listed. */
  resolveAll(ids: string[], choice: ConflictChoice): void;
  apply(): Promise<boolean>;
  close(): void;
  dismissPickError(): void;
}

const initialState = {
  file: null,
  mapping: undefined,
  headers: [],
  resolutions: {},
  applying: false,
  applyError: null,
  pickError: null,
} satisfies Partial<ImportState>;

/** "Imported bank.csv: 3 new, 1 updated; 2 invalid rows skipped." */
export function describeImport(fileName: string, result: ImportResult): string {
  const { applied, plan } = result;
  const parts = [`${applied.new} new`, `${applied.updated} updated`];
  if (applied.deleted > 0) parts.push(`${applied.deleted} deleted`);
  let message = `Imported ${fileName}: ${parts.join(', ')}`;
  if (applied.conflictsTakenIncoming > 0) {
    message += `; ${plural(applied.conflictsTakenIncoming, 'conflict')} resolved with the file's version`;
  }
  const kept = plan.counts.conflicting - applied.conflictsTakenIncoming;
  if (kept > 0) message += `; kept your version of ${plural(kept, 'question')}`;
  if (plan.counts.invalid > 0) message += `; ${plural(plan.counts.invalid, 'invalid row')} skipped`;
  return `${message}.`;
}

export const useImportStore = create<ImportState>()((set, get) => ({
  ...initialState,

  async start(picked) {
    const refusal = refuseBySize(picked);
    if (refusal) {
      set({ ...initialState, pickError: refusal });
      return;
    }
    let content: string;
    try {
      content = await readFileText(picked);
    } catch (error) {
      set({
        ...initialState,
        pickError:
          error instanceof NotUtf8Error
            ? error.message
            : `${picked.name} could not be read (${error instanceof Error ? error.message : String(error)}). Nothing was imported.`,
      });
      return;
    }
    const format = detectFormat(picked.name, content);
    set({
      ...initialState,
      file: { name: picked.name, format, content },
      headers: format === 'csv' ? readCsvHeaders(content) : [],
    });
  },

  setMapping(mapping) {
    set({ mapping });
  },

  resolve(id, choice) {
    set({ resolutions: { ...get().resolutions, [id]: choice } });
  },

  resolveAll(ids, choice) {
    set({ resolutions: Object.fromEntries(ids.map((id) => [id, choice])) });
  },

  async apply() {
    const { file, mapping, resolutions } = get();
    if (!file || get().applying) return false;
    set({ applying: true, applyError: null });
    const result = await call('questions.importApply', { ...importInput(file, mapping), resolutions });
    if (!result.ok) {
      set({ applying: false, applyError: result.error });
      return false;
    }
    set({ ...initialState });
    const bank = useQuestionBankStore.getState();
    bank.setNotice({ tone: 'success', message: describeImport(file.name, result.value) });
    await bank.refresh({ keepIndex: true });
    return true;
  },

  close() {
    set({ ...initialState });
  },

  dismissPickError() {
    set({ pickError: null });
  },
}));

export function resetImportStore(): void {
  useImportStore.setState({ ...initialState });
}
