import { create } from 'zustand';
import type {
  CsvField,
  CsvMapping,
  conflictChoices,
  ImportFormat,
  ImportPlan,
  ImportResult,
} from '../../../../shared/exchange';
import type { AppErrorData } from '../../../../shared/result';
import { call } from '../../api';
import { NotUtf8Error, readFileText } from '../../ui/files';
import { plural } from '../../ui/format';
import { LatestRequest } from '../../ui/latest-request';
import { detectFormat, readCsvHeaders, refuseBySize } from './import-file';
import { useQuestionBankStore } from './question-bank-store';

export type ConflictChoice = (typeof conflictChoices)[number];

interface ImportFileData {
  name: string;
  format: ImportFormat;
  content: string;
}

interface ImportState {
  /** The file being previewed; the dialog is open while there is one. */
  file: ImportFileData | null;
  plan: ImportPlan | null;
  planning: boolean;
  planError: AppErrorData | null;
  /** CSV: the columns used; undefined lets the core guess from the headers. */
  mapping: CsvMapping | undefined;
  headers: string[];
  resolutions: Record<string, ConflictChoice>;
  applying: boolean;
  applyError: AppErrorData | null;
  /** Why a picked file was not even read (too large, unreadable). */
  pickError: string | null;

  start(file: File): Promise<void>;
  setMapping(field: CsvField, header: string | null): void;
  resolve(id: string, choice: ConflictChoice): void;
  resolveAll(choice: ConflictChoice): void;
  apply(): Promise<boolean>;
  close(): void;
  dismissPickError(): void;
}

const planRequests = new LatestRequest();

const initialState = {
  file: null,
  plan: null,
  planning: false,
  planError: null,
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

export const useImportStore = create<ImportState>()((set, get) => {
  async function plan() {
    const { file, mapping } = get();
    if (!file) return;
    const isLatest = planRequests.start();
    set({ planning: true, planError: null });
    const result = await call('questions.importPlan', {
      fileName: file.name,
      format: file.format,
      content: file.content,
      ...(file.format === 'csv' && mapping ? { mapping } : {}),
    });
    if (!isLatest()) return;
    if (!result.ok) {
      set({ planning: false, plan: null, planError: result.error });
      return;
    }
    const csv = result.value.csv;
    set({
      planning: false,
      plan: result.value,
      ...(csv ? { mapping: csv.mapping, headers: csv.headers } : {}),
    });
  }

  return {
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
      await plan();
    },

    setMapping(field, header) {
      const next: CsvMapping = { ...(get().mapping ?? {}) };
      if (header) next[field] = header;
      else delete next[field];
      set({ mapping: next });
      void plan();
    },

    resolve(id, choice) {
      set({ resolutions: { ...get().resolutions, [id]: choice } });
    },

    resolveAll(choice) {
      const conflicts = get().plan?.conflicts ?? [];
      set({ resolutions: Object.fromEntries(conflicts.map((c) => [c.id, choice])) });
    },

    async apply() {
      const { file, mapping, resolutions } = get();
      if (!file || get().applying) return false;
      set({ applying: true, applyError: null });
      const result = await call('questions.importApply', {
        fileName: file.name,
        format: file.format,
        content: file.content,
        ...(file.format === 'csv' && mapping ? { mapping } : {}),
        resolutions,
      });
      if (!result.ok) {
        set({ applying: false, applyError: result.error });
        return false;
      }
      planRequests.cancel();
      set({ ...initialState });
      const bank = useQuestionBankStore.getState();
      bank.setNotice({ tone: 'success', message: describeImport(file.name, result.value) });
      await bank.search({ keepIndex: true });
      return true;
    },

    close() {
      planRequests.cancel();
      set({ ...initialState });
    },

    dismissPickError() {
      set({ pickError: null });
    },
  };
});

export function resetImportStore(): void {
  planRequests.cancel();
  useImportStore.setState({ ...initialState });
}
