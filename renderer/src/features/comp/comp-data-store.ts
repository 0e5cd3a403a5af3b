import { create } from 'zustand';
import type { CompData } from '../../../../shared/domain/comp/comp-data';
import type { CompReset, CompRowEdit } from '../../../../shared/domain/comp/comp-input';
import type { AppErrorData } from '../../../../shared/result';
import { call } from '../../api';

/** The comp data as the settings screen shows it: shipped figures with the user's edits. */
interface CompDataState {
  /** null until loaded. */
  data: CompData | null;
  loadError: AppErrorData | null;
  /** The row being edited inline, if any. */
  editing: string | null;
  /** Why the last save or reset of a row failed, by row id ('*' for reset all). */
  errors: Record<string, AppErrorData>;
  load(): Promise<void>;
  startEdit(id: string): void;
  cancelEdit(): void;
  /** Saves an inline edit; resolves to whether the core took it. */
  save(edit: CompRowEdit): Promise<boolean>;
  reset(reset: CompReset): Promise<boolean>;
}

const without = (errors: Record<string, AppErrorData>, key: string) => {
  const { [key]: _dropped, ...rest } = errors;
  return rest;
};

export const useCompDataStore = create<CompDataState>()((set, get) => ({
  data: null,
  loadError: null,
  editing: null,
  errors: {},

  async load() {
    const result = await call('comp.data', {});
    if (result.ok) set({ data: result.value, loadError: null });
    else set({ loadError: result.error });
  },

  startEdit(id) {
    set({ editing: id, errors: without(get().errors, id) });
  },

  cancelEdit() {
    const { editing, errors } = get();
    set({ editing: null, errors: editing ? without(errors, editing) : errors });
  },

  async save(edit) {
    const result = await call('comp.editRow', edit);
    if (result.ok) {
      set({ data: result.value, editing: null, errors: without(get().errors, edit.id) });
      return true;
    }
    set({ errors: { ...get().errors, [edit.id]: result.error } });
    return false;
  },

  async reset(reset) {
    const key = reset.scope === 'row' ? reset.id : '*';
    const result = await call('comp.reset', reset);
    if (result.ok) {
      const errors = reset.scope === 'all' ? {} : without(get().errors, key);
      set({ data: result.value, errors, editing: reset.scope === 'all' ? null : get().editing });
      return true;
    }
    set({ errors: { ...get().errors, [key]: result.error } });
    return false;
  },
}));
