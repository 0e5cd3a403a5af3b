import { create } from 'zustand';
import type { AppErrorData } from '../../../../shared/result';
import {
  emptyRoleSpec,
  type Role,
  type RoleSpec,
  type RoleSpecPatch,
  roleSpec,
  roleStatuses,
} from '../../../../shared/roles';
import { call } from '../../api';
import { coreQuery, queryClient, readError, setCoreData } from '../../ui/query';
import { replaceRoute } from '../../ui/router';
import { ROLE_TABS, type RoleTab } from '../../ui/routes';
import { RoleAutosave, type SaveState } from './role-autosave';
import { dropFromLists, invalidateRoleReads, listedTitle, putFirstInLists } from './role-reads';

type Field = keyof RoleSpec;

/** The views of an open role: its intake, its job description, its interview loop and kits. */
export const roleTabs = ROLE_TABS;
export type { RoleTab };

/**
 * What the Roles screen is doing: the list's filters as typed, the role open and its tab, the
 * draft being edited over it, and the last write. The list itself is read through the query
 * layer (queries.ts); the open role is read through it too, then edited here.
 */
interface RolesState {
  /** Why the last create, duplicate, archive, delete or restore did not happen. */
  actionError: AppErrorData | null;
  listText: string;
  /** Statuses shown; empty means all. */
  listStatus: RoleSpec['status'][];
  showArchived: boolean;

  /** The role open (or opening) in the intake form; the address follows it. */
  selectedId: string | null;
  tab: RoleTab;
  /** The open role as the core last stored it: the base the draft is edited over. */
  role: Role | null;
  roleError: AppErrorData | null;
  /** The spec as edited here: what the form shows, ahead of the core while a save is pending. */
  draft: RoleSpec | null;
  /** Per field, why the value typed was not saved. */
  fieldErrors: Partial<Record<Field, string>>;
  saveState: SaveState;
  /** The last deletion, while it can be undone. */
  deleted: { id: string; title: string } | null;

  setListText(text: string): void;
  toggleStatus(status: RoleSpec['status']): void;
  setShowArchived(show: boolean): void;
  /** Opens a role (saving the one open before); null closes the form. */
  select(id: string | null, tab?: RoleTab): Promise<void>;
  setTab(tab: RoleTab): void;
  create(): Promise<void>;
  duplicate(id: string): Promise<void>;
  setArchived(id: string, archived: boolean): Promise<void>;
  remove(id: string): Promise<void>;
  undoDelete(): Promise<void>;
  dismissUndo(): void;
  dismissActionError(): void;
  /** One field changed in the form: checked, shown at once, saved after a short pause. */
  edit<F extends Field>(field: F, value: RoleSpec[F]): void;
  /** Saves what is pending now (before a reload, a switch, a blur). */
  flush(): Promise<boolean>;
}

let autosave: RoleAutosave | null = null;
/** The autosave of the role just left, while its last edits are still going out. */
let leaving: RoleAutosave | null = null;
/** The role whose stored copy is being read now: asking for it again waits for that read. */
let loadingId: string | null = null;
/** The unsaved values of the role open now, as in its stash: read once when it opens, not per keystroke. */
let openStash: Partial<RoleSpec> = {};

/**
 * Values that could not be saved yet (a minimum above its maximum, half a date) are kept in
 * the window's storage per role, so a reload or a crash shows them again instead of losing
 * what was typed. They reach the database once they are fixed.
 */
const STASH_PREFIX = 'reqdesk.unsaved-role-fields.';

function readStash(id: string): Partial<RoleSpec> {
  try {
    const parsed: unknown = JSON.parse(window.localStorage.getItem(STASH_PREFIX + id) ?? '{}');
    if (typeof parsed !== 'object' || parsed === null) return {};
    const defaults = emptyRoleSpec() as Record<string, unknown>;
    // Only fields the spec has, holding the kind of value the form shows for them.
    return Object.fromEntries(
      Object.entries(parsed).filter(
        ([key, value]) =>
          Object.hasOwn(roleSpec.shape, key) &&
          (value === null || defaults[key] === null || typeof value === typeof defaults[key]),
      ),
    ) as Partial<RoleSpec>;
  } catch {
    return {};
  }
}

function writeStash(id: string, stash: Partial<RoleSpec>): void {
  try {
    if (Object.keys(stash).length === 0) window.localStorage.removeItem(STASH_PREFIX + id);
    else window.localStorage.setItem(STASH_PREFIX + id, JSON.stringify(stash));
  } catch {
    // Storage full or disabled: the value is still on screen with its message.
  }
}

/** The address follows the role on screen (no history entry): a reload comes back to it. */
function writeHash(id: string | null, tab: RoleTab): void {
  replaceRoute(id ? { area: 'roles', view: 'role', id, tab } : { area: 'roles', view: 'list' });
}

/** Why a value cannot be saved, checked with the same schema the core uses. */
export function fieldError<F extends Field>(field: F, value: RoleSpec[F]): string | null {
  const result = roleSpec.shape[field].safeParse(value);
  return result.success ? null : (result.error.issues[0]?.message ?? 'This value cannot be saved.');
}

/** A role the core stored: the read of it holds the new copy, and what shows it reads again. */
function roleStored(role: Role): void {
  setCoreData('roles.get', { id: role.id }, role);
  putFirstInLists(role);
  void invalidateRoleReads();
}

export const useRolesStore = create<RolesState>()((set, get) => {
  const openAutosave = (role: Role): RoleAutosave => {
    autosave?.dispose();
    const saver = new RoleAutosave(
      role.id,
      (patch, clientSeq) => call('roles.patch', { id: role.id, patch, clientSeq }),
      (saveState) => {
        if (get().selectedId === role.id) set({ saveState });
      },
      (saved) => {
        if (get().selectedId === saved.id) set({ role: saved });
        roleStored(saved);
      },
    );
    autosave = saver;
    return saver;
  };

  /** Reads the role's stored copy and puts its draft in the form, with what its stash still holds. */
  const open = async (id: string) => {
    let role: Role;
    try {
      role = await queryClient.fetchQuery({ ...coreQuery('roles.get', { id }), staleTime: 0 });
    } catch (error) {
      if (get().selectedId !== id) return;
      set({ roleError: readError({ error: error as Error }) });
      return;
    }
    if (get().selectedId !== id) return;
    const saver = openAutosave(role);
    const stash = readStash(id);
    const fieldErrors: Partial<Record<Field, string>> = {};
    for (const [field, value] of Object.entries(stash) as [Field, RoleSpec[Field]][]) {
      const error = fieldError(field, value);
      if (error) fieldErrors[field] = error;
      else {
        // Valid now (the rules changed, or it was fixed elsewhere): save it.
        saver.queue({ [field]: value } as RoleSpecPatch);
        delete stash[field];
      }
    }
    writeStash(id, stash);
    openStash = stash;
    set({ role, draft: { ...role.spec, ...stash }, fieldErrors });
  };

  return {
    actionError: null,
    listText: '',
    listStatus: [],
    showArchived: false,
    selectedId: null,
    tab: 'intake',
    role: null,
    roleError: null,
    draft: null,
    fieldErrors: {},
    saveState: { kind: 'idle' },
    deleted: null,

    setListText(listText) {
      set({ listText });
    },
    toggleStatus(status) {
      const current = get().listStatus;
      const listStatus = current.includes(status)
        ? current.filter((s) => s !== status)
        : roleStatuses.filter((s) => s === status || current.includes(s));
      set({ listStatus });
    },
    setShowArchived(showArchived) {
      set({ showArchived });
    },

    async select(id, tab = 'intake') {
      const current = get();
      if (id === current.selectedId && (current.role || id === loadingId)) {
        get().setTab(tab);
        return;
      }
      // The choice shows at once (and the address with it), so the address and the screen
      // never disagree while the role left is saved and the next one is read.
      const previous = autosave;
      autosave = null;
      writeHash(id, tab);
      set({
        selectedId: id,
        tab,
        role: null,
        draft: null,
        roleError: null,
        fieldErrors: {},
        saveState: { kind: 'idle' },
      });
      loadingId = id;
      try {
        if (previous) {
          leaving = previous;
          await previous.flush();
          previous.dispose();
          if (leaving === previous) leaving = null;
        }
        if (!id || get().selectedId !== id) return;
        await open(id);
      } finally {
        if (loadingId === id) loadingId = null;
      }
    },

    setTab(tab) {
      set({ tab });
      writeHash(get().selectedId, tab);
    },

    async create() {
      const result = await call('roles.create', {});
      if (!result.ok) {
        set({ actionError: result.error });
        return;
      }
      roleStored(result.value);
      await get().select(result.value.id);
    },

    async duplicate(id) {
      await get().flush();
      const result = await call('roles.duplicate', { id });
      if (!result.ok) {
        set({ actionError: result.error });
        return;
      }
      roleStored(result.value);
      await get().select(result.value.id);
    },

    async setArchived(id, archived) {
      await get().flush();
      const result = await call('roles.archive', { id, archived });
      if (!result.ok) {
        set({ actionError: result.error });
        return;
      }
      if (get().selectedId === id) set({ role: result.value });
      roleStored(result.value);
    },

    async remove(id) {
      await get().flush();
      const title = listedTitle(id);
      const result = await call('roles.delete', { id });
      if (!result.ok) {
        set({ actionError: result.error });
        return;
      }
      set({ deleted: { id, title } });
      dropFromLists(id);
      queryClient.removeQueries({ queryKey: coreQuery('roles.get', { id }).queryKey });
      void invalidateRoleReads();
      writeStash(id, {});
      if (get().selectedId === id) await get().select(null);
    },

    async undoDelete() {
      const deleted = get().deleted;
      if (!deleted) return;
      set({ deleted: null });
      const result = await call('roles.restore', { id: deleted.id });
      if (!result.ok) {
        set({ actionError: result.error });
        return;
      }
      roleStored(result.value);
      await get().select(deleted.id);
    },

    dismissUndo() {
      set({ deleted: null });
    },

    dismissActionError() {
      set({ actionError: null });
    },

    edit(field, value) {
      const { draft, fieldErrors } = get();
      if (!draft || !autosave) return;
      const error = fieldError(field, value);
      const { [field]: _old, ...otherErrors } = fieldErrors;
      set({
        draft: { ...draft, [field]: value },
        fieldErrors: error ? { ...otherErrors, [field]: error } : otherErrors,
      });
      const stash = openStash;
      if (error) {
        // Kept on screen (and in the stash) for the person to fix; never sent, so the stored
        // value stays valid.
        autosave.unqueue(field);
        openStash = { ...stash, [field]: value };
        writeStash(autosave.roleId, openStash);
        return;
      }
      if (Object.hasOwn(stash, field)) {
        const { [field]: _fixed, ...rest } = stash;
        openStash = rest;
        writeStash(autosave.roleId, rest);
      }
      autosave.queue({ [field]: value } as RoleSpecPatch);
    },

    async flush() {
      const saves = [leaving, autosave].map((saver) => (saver ? saver.flush() : Promise.resolve(true)));
      return (await Promise.all(saves)).every(Boolean);
    },
  };
});

/** Whether an edit has not reached the core yet (the window asks before closing). */
export function hasUnsavedRoleEdits(): boolean {
  return Boolean(autosave?.dirty || leaving?.dirty);
}
