import { create } from 'zustand';
import type { CompReset, CompRowEdit } from '../../../../shared/domain/comp/comp-input';
import type { AppErrorData } from '../../../../shared/result';
import { call } from '../../api';
import { setCoreData } from '../../ui/query';

/**
 * The comp data screen's UI state: which row is being edited and why a save or reset failed.
 * The data itself is read through the query layer (`compDataQuery`); a save puts the core's
 * answer in its place.
 */
interface CompDataState {
  /** The row being edited inline, if any. */
  editing: string | null;
  /** Why the last save or reset of a row failed, by row id ('*' for reset all). */
  errors: Record<string, AppErrorData>;
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
  editing: null,
  errors: {},

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
      setCoreData('comp.data', {}, result.value);
      set({ editing: null, errors: without(get().errors, edit.id) });
      return true;
    }
    set({ errors: { ...get().errors, [edit.id]: result.error } });
    return false;
  },

  async reset(reset) {
    const key = reset.scope === 'row' ? reset.id : '*';
    const result = await call('comp.reset', reset);
    if (result.ok) {
      setCoreData('comp.data', {}, result.value);
      const errors = reset.scope === 'all' ? {} : without(get().errors, key);
      set({ errors, editing: reset.scope === 'all' ? null : get().editing });
      return true;
    }
    set({ errors: { ...get().errors, [key]: result.error } });
    return false;
  },
}));
