import { create } from 'zustand';
import type { JdText } from '../../../../shared/domain/jd';
import { JD_LIMITS, type JdCheckResult } from '../../../../shared/jd';
import { call } from '../../api';
import { readFileBase64 } from '../../ui/files';
import { LatestRequest } from '../../ui/latest-request';
import { openRoute } from '../../ui/router';
import { homeRoute } from '../../ui/routes';
import { useRolesStore } from '../roles';
import { refuseJdFile } from './import-file';

const CHECK_DELAY_MS = 300;

interface ImportJdState {
  opened: boolean;
  /** The old JD as pasted or read from a file; editable. */
  text: string;
  /** The file it came from, with the sections the file's own headings gave; dropped once the text is edited. */
  file: { name: string; text: string; document: JdText } | null;
  error: string | null;
  busy: boolean;
  check: JdCheckResult | null;
  /** After "Convert to role spec": what the new role still needs, shown above its intake. */
  todo: { roleId: string; recognised: string[]; todo: string[] } | null;

  open(): void;
  close(): void;
  setText(text: string): void;
  /** Refuses a paste that would make the text too long, before it reaches the field. */
  refusePaste(pastedLength: number, resultLength: number): boolean;
  loadFile(file: File): Promise<void>;
  convert(): Promise<boolean>;
  dismissTodo(): void;
}

let checkTimer: ReturnType<typeof setTimeout> | undefined;
const checkRequests = new LatestRequest();

const count = (n: number) => n.toLocaleString('en-US');

export const useImportJdStore = create<ImportJdState>()((set, get) => {
  const runCheck = async () => {
    const { text, file } = get();
    const isLatest = checkRequests.start();
    if (!text.trim()) {
      set({ check: null });
      return;
    }
    const result = await call(
      'jd.check',
      // An imported posting has no role spec: read its level, archetype and place from its words.
      file && file.text === text ? { document: file.document, infer: true } : { text, infer: true },
    );
    if (!isLatest()) return;
    if (result.ok) set({ check: result.value, error: null });
    else set({ error: result.error.message });
  };
  const scheduleCheck = () => {
    if (checkTimer !== undefined) clearTimeout(checkTimer);
    checkTimer = setTimeout(() => void runCheck(), CHECK_DELAY_MS);
  };

  return {
    opened: false,
    text: '',
    file: null,
    error: null,
    busy: false,
    check: null,
    todo: null,

    open() {
      set({ opened: true });
    },
    close() {
      if (checkTimer !== undefined) clearTimeout(checkTimer);
      checkRequests.cancel();
      set({ opened: false, text: '', file: null, error: null, busy: false, check: null });
    },
    setText(text) {
      const over = text.length - JD_LIMITS.text;
      // An edit that shortens a text already over the limit is taken, so it can be cut down.
      if (over > 0 && text.length >= get().text.length) {
        set({
          error: `That would make the text ${count(text.length)} characters long; an old JD can be up to ${count(JD_LIMITS.text)}. It was left as it was.`,
        });
        return;
      }
      const file = get().file?.text === text ? get().file : null;
      if (over > 0) {
        if (checkTimer !== undefined) clearTimeout(checkTimer);
        checkRequests.cancel();
        set({
          text,
          file,
          check: null,
          error: `The text is still ${count(over)} characters over the limit of ${count(JD_LIMITS.text)}; cut it down to check or convert it.`,
        });
        return;
      }
      set({ text, error: null, file });
      scheduleCheck();
    },
    refusePaste(pastedLength, resultLength) {
      if (resultLength <= JD_LIMITS.text) return false;
      set({
        error: `That paste is ${count(pastedLength)} characters; an old JD can be up to ${count(JD_LIMITS.text)}. Nothing was pasted: paste the JD alone, or open its file.`,
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
        set({ text, file: { name: file.name, text, document }, check: null });
        await runCheck();
      } finally {
        set({ busy: false });
      }
    },
    async convert() {
      const { text, file } = get();
      if (!text.trim()) {
        set({ error: 'Paste an old JD or open its file first.' });
        return false;
      }
      if (text.length > JD_LIMITS.text) {
        set({
          error: `The text is ${count(text.length)} characters; an old JD can be up to ${count(JD_LIMITS.text)}. Cut it down, then convert it.`,
        });
        return false;
      }
      set({ busy: true, error: null });
      try {
        const converted = await call(
          'jd.toRoleSpec',
          file && file.text === text ? { document: file.document } : { text },
        );
        if (!converted.ok) {
          set({ error: converted.error.message });
          return false;
        }
        const created = await call('roles.create', { spec: converted.value.spec });
        if (!created.ok) {
          set({ error: created.error.message });
          return false;
        }
        const { recognised, todo } = converted.value;
        get().close();
        set({ todo: { roleId: created.value.id, recognised, todo } });
        openRoute(homeRoute('roles'));
        const roles = useRolesStore.getState();
        await roles.select(created.value.id, 'intake');
        void roles.loadList();
        return true;
      } finally {
        set({ busy: false });
      }
    },
    dismissTodo() {
      set({ todo: null });
    },
  };
});
