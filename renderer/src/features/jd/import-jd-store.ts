import { create } from 'zustand';
import type { ChannelInput } from '../../../../shared/api';
import type { JdText } from '../../../../shared/domain/jd';
import { JD_LIMITS } from '../../../../shared/jd';
import { call } from '../../api';
import { readFileBase64 } from '../../ui/files';
import { refuseJdFile } from './import-file';

const CHECK_DELAY_MS = 300;

/** What an imported JD is checked as: the file's own sections while its text is untouched. */
type ImportCheckInput = ChannelInput<'jd.check'>;

/**
 * "Import an old JD": the dialog, the text as pasted or read from a file, and what the new
 * role still needs. The checks are a read of `checked` (see `useImportCheck`); converting is
 * in convert-jd.ts.
 */
interface ImportJdState {
  opened: boolean;
  /** The old JD as pasted or read from a file; editable. */
  text: string;
  /** The file it came from, with the sections the file's own headings gave; dropped once the text is edited. */
  file: { name: string; text: string; document: JdText } | null;
  error: string | null;
  busy: boolean;
  /** What the checks are run on: the text as it was when typing paused; null while there is nothing to check. */
  checked: ImportCheckInput | null;
  /** After "Convert to role spec": what the new role still needs, shown above its intake. */
  todo: { roleId: string; recognised: string[]; todo: string[] } | null;

  open(): void;
  close(): void;
  setText(text: string): void;
  /** Refuses a paste that would make the text too long, before it reaches the field. */
  refusePaste(pastedLength: number, resultLength: number): boolean;
  loadFile(file: File): Promise<void>;
  dismissTodo(): void;
}

let checkTimer: ReturnType<typeof setTimeout> | undefined;

function clearCheckTimer(): void {
  if (checkTimer !== undefined) clearTimeout(checkTimer);
  checkTimer = undefined;
}

/** 200000 as "200,000". */
export const formatCount = (n: number) => n.toLocaleString('en-US');

/** What to check for a text: nothing when it is blank. */
function checkInputOf(text: string, file: ImportJdState['file']): ImportCheckInput | null {
  if (!text.trim()) return null;
  // An imported posting has no role spec: read its level, archetype and place from its words.
  return file && file.text === text ? { document: file.document, infer: true } : { text, infer: true };
}

export const useImportJdStore = create<ImportJdState>()((set, get) => ({
  opened: false,
  text: '',
  file: null,
  error: null,
  busy: false,
  checked: null,
  todo: null,

  open() {
    set({ opened: true });
  },
  close() {
    clearCheckTimer();
    set({ opened: false, text: '', file: null, error: null, busy: false, checked: null });
  },
  setText(text) {
    const over = text.length - JD_LIMITS.text;
    // An edit that shortens a text already over the limit is taken, so it can be cut down.
    if (over > 0 && text.length >= get().text.length) {
      set({
        error: `That would make the text ${formatCount(text.length)} characters long; an old JD can be up to ${formatCount(JD_LIMITS.text)}. It was left as it was.`,
      });
      return;
    }
    const file = get().file?.text === text ? get().file : null;
    if (over > 0) {
      clearCheckTimer();
      set({
        text,
        file,
        checked: null,
        error: `The text is still ${formatCount(over)} characters over the limit of ${formatCount(JD_LIMITS.text)}; cut it down to check or convert it.`,
      });
      return;
    }
    set({ text, error: null, file });
    clearCheckTimer();
    checkTimer = setTimeout(() => {
      checkTimer = undefined;
      set({ checked: checkInputOf(get().text, get().file) });
    }, CHECK_DELAY_MS);
  },
  refusePaste(pastedLength, resultLength) {
    if (resultLength <= JD_LIMITS.text) return false;
    set({
      error: `That paste is ${formatCount(pastedLength)} characters; an old JD can be up to ${formatCount(JD_LIMITS.text)}. Nothing was pasted: paste the JD alone, or open its file.`,
    });
    return true;
  },
  async loadFile(file) {
    const refusal = refuseJdFile(file);
    if (refusal) {
      set({ error: refusal });
      return;
    }
    set({ busy: true, error: null });
    try {
      let base64: string;
      try {
        base64 = await readFileBase64(file);
      } catch {
        set({ error: `${file.name} could not be read from the disk.` });
        return;
      }
      const result = await call('jd.importFile', { name: file.name, base64 });
      if (!result.ok) {
        set({ error: result.error.message });
        return;
      }
      const { text, document } = result.value;
      const read = { name: file.name, text, document };
      clearCheckTimer();
      set({ text, file: read, checked: checkInputOf(text, read) });
    } finally {
      set({ busy: false });
    }
  },
  dismissTodo() {
    set({ todo: null });
  },
}));
