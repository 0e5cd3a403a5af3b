import { create } from 'zustand';
import type { AppErrorData } from '../../../../shared/result';
import {
  emptyRoleSpec,
  type Role,
  type RoleSpec,
  type RoleSpecPatch,
  type RoleSummary,
  roleSpec,
  roleStatuses,
} from '../../../../shared/roles';
import { call } from '../../api';
import { LatestRequest } from '../../ui/latest-request';
import { replaceRoute } from '../../ui/router';
import { ROLE_TABS, type RoleTab } from '../../ui/routes';
import { RoleAutosave, type SaveState } from './role-autosave';

type Field = keyof RoleSpec;

/** The views of an open role: its intake, its job description, its interview loop and kits. */
export const roleTabs = ROLE_TABS;
export type { RoleTab };

interface RolesState {
  /** The list, as last loaded. */
  list: RoleSummary[] | null;
  listError: AppErrorData | null;
  listText: string;
  /** Statuses shown; empty means all. */
  listStatus: RoleSpec['status'][];
  showArchived: boolean;

  /** The role open in the intake form. */
  selectedId: string | null;
  tab: RoleTab;
  role: Role | null;
  roleError: AppErrorData | null;
  /** The spec as edited here: what the form shows, ahead of the core while a save is pending. */
  draft: RoleSpec | null;
  /** Per field, why the value typed was not saved. */
  fieldErrors: Partial<Record<Field, string>>;
  saveState: SaveState;
  /** The last deletion, while it can be undone. */
  deleted: { id: string; title: string } | null;

  loadList(): Promise<void>;
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
  /** One field changed in the form: checked, shown at once, saved after a short pause. */
  edit<F extends Field>(field: F, value: RoleSpec[F]): void;
  /** Saves what is pending now (before a reload, a switch, a blur). */
  flush(): Promise<boolean>;
}

let autosave: RoleAutosave | null = null;
/** The unsaved values of the role open now, as in its stash: read once when it opens, not per keystroke. */
let openStash: Partial<RoleSpec> = {};
/** Numbers list requests, so a slow answer to an older search never replaces a newer one. */
const listRequests = new LatestRequest();

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

function summaryOf(role: Role): RoleSummary {
  const { spec } = role;
  return {
    id: role.id,
    title: spec.title,
    company: spec.company,
    archetype: spec.archetype,
    level: spec.level,
    status: spec.status,
    updatedAt: role.updatedAt,
    archivedAt: role.archivedAt,
  };
}

export const useRolesStore = create<RolesState>()((set, get) => {
  /** Puts a role saved by the core into the list (new, renamed, re-filed) without a reload. */
  const upsertSummary = (role: Role) => {
    const list = get().list ?? [];
    const summary = summaryOf(role);
    const rest = list.filter((r) => r.id !== role.id);
    set({ list: [summary, ...rest] });
  };

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
        upsertSummary(saved);
      },
    );
    autosave = saver;
    return saver;
  };

  return {
    list: null,
    listError: null,
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

    async loadList() {
      const { listText, listStatus, showArchived } = get();
      const isLatest = listRequests.start();
      const result = await call('roles.list', {
        text: listText,
        status: listStatus,
        includeArchived: showArchived,
      });
      if (!isLatest()) return;
      if (result.ok) set({ list: result.value, listError: null });
      else set({ listError: result.error });
    },
    setListText(listText) {
      set({ listText });
      void get().loadList();
    },
    toggleStatus(status) {
      const current = get().listStatus;
      const listStatus = current.includes(status)
        ? current.filter((s) => s !== status)
        : roleStatuses.filter((s) => s === status || current.includes(s));
      set({ listStatus });
      void get().loadList();
    },
    setShowArchived(showArchived) {
      set({ showArchived });
      void get().loadList();
    },

    async select(id, tab = 'intake') {
      if (id === get().selectedId && get().role) {
        get().setTab(tab);
        return;
      }
      await get().flush();
      autosave?.dispose();
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
      if (!id) return;
      const result = await call('roles.get', { id });
      if (get().selectedId !== id) return;
      if (!result.ok) {
        set({ roleError: result.error });
        return;
      }
      const saver = openAutosave(result.value);
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
      set({ role: result.value, draft: { ...result.value.spec, ...stash }, fieldErrors });
    },

    setTab(tab) {
      set({ tab });
      writeHash(get().selectedId, tab);
    },

    async create() {
      const result = await call('roles.create', {});
      if (!result.ok) {
        set({ listError: result.error });
        return;
      }
      upsertSummary(result.value);
      await get().select(result.value.id);
    },

    async duplicate(id) {
      await get().flush();
      const result = await call('roles.duplicate', { id });
      if (!result.ok) {
        set({ listError: result.error });
        return;
      }
      upsertSummary(result.value);
      await get().select(result.value.id);
    },

    async setArchived(id, archived) {
      await get().flush();
      const result = await call('roles.archive', { id, archived });
      if (!result.ok) {
        set({ listError: result.error });
        return;
      }
      if (get().selectedId === id) set({ role: result.value });
      await get().loadList();
    },

    async remove(id) {
      await get().flush();
      const title = get().list?.find((r) => r.id === id)?.title ?? '';
      const result = await call('roles.delete', { id });
      if (!result.ok) {
        set({ listError: result.error });
        return;
      }
      set({ deleted: { id, title }, list: (get().list ?? []).filter((r) => r.id !== id) });
      writeStash(id, {});
      if (get().selectedId === id) await get().select(null);
    },

    async undoDelete() {
      const deleted = get().deleted;
      if (!deleted) return;
      set({ deleted: null });
      const result = await call('roles.restore', { id: deleted.id });
      if (!result.ok) {
        set({ listError: result.error });
        return;
      }
      await get().loadList();
      await get().select(deleted.id);
    },

    dismissUndo() {
      set({ deleted: null });
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
      return autosave ? autosave.flush() : true;
    },
  };
});

/** Whether an edit has not reached the core yet (the window asks before closing). */
export function hasUnsavedRoleEdits(): boolean {
  return autosave?.dirty ?? false;
}
