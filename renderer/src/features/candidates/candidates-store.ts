import { create } from 'zustand';
import type {
  Candidate,
  CandidateDeleteResult,
  CandidateListItem,
  CandidateStage,
} from '../../../../shared/candidates';
import type { Round } from '../../../../shared/kits';
import type { AppErrorData, Result } from '../../../../shared/result';
import type { RoleSummary } from '../../../../shared/roles';
import { call } from '../../api';
import { plural } from '../../ui/format';
import { LatestRequest } from '../../ui/latest-request';

/** What the add/edit form holds; empty strings for what was left blank. */
export interface CandidateDraft {
  name: string;
  email: string;
  phone: string;
  roleId: string;
  source: string;
  stage: CandidateStage;
}

export type CandidateForm = { mode: 'create' } | { mode: 'edit'; candidate: CandidateListItem };

interface CandidatesState {
  list: CandidateListItem[] | null;
  roles: RoleSummary[] | null;
  /** Only this role's candidates; null for all. */
  roleFilter: string | null;
  error: AppErrorData | null;
  form: CandidateForm | null;
  /** The candidate the delete dialog asks about. */
  confirmDelete: CandidateListItem | null;
  /** Said after a delete: who went, and how much went with them. */
  notice: string | null;
  /** The candidate just deleted, whose backups may still hold them (the erasure offer). */
  justDeleted: { id: string; name: string } | null;
  /** Rounds of each role's loop, loaded when a "Start interview" menu opens. */
  rounds: Record<string, Round[]>;

  load(): Promise<void>;
  setRoleFilter(roleId: string | null): Promise<void>;
  openCreate(): void;
  openEdit(candidate: CandidateListItem): void;
  closeForm(): void;
  save(draft: CandidateDraft): Promise<Result<Candidate>>;
  askDelete(candidate: CandidateListItem): void;
  cancelDelete(): void;
  confirmDeletion(): Promise<Result<CandidateDeleteResult> | null>;
  loadRounds(roleId: string): Promise<void>;
  clearNotice(): void;
  clearJustDeleted(): void;
  clearError(): void;
}

const initialState = {
  list: null,
  roles: null,
  roleFilter: null,
  error: null,
  form: null,
  confirmDelete: null,
  notice: null,
  justDeleted: null,
  rounds: {},
} satisfies Partial<CandidatesState>;

const listRequests = new LatestRequest();

/** The list shows the newest this many; the command palette finds the rest by name. */
export const CANDIDATE_PAGE = 200;

/** The optional contact fields: blank means none. */
const orNull = (value: string) => (value.trim() === '' ? null : value.trim());

/** "Removed Ada Lovelace with 2 interviews and their notes, and 1 scorecard." */
export function deletionNotice(name: string, { removed, erasedFromDisk }: CandidateDeleteResult): string {
  const pending = erasedFromDisk
    ? ''
    : ' Another Reqdesk window or command has the file open: the last traces on disk are erased when it closes.';
  if (removed.interviews === 0 && removed.scorecards === 0)
    return `Removed ${name}. They had no interviews yet.${pending}`;
  return `Removed ${name}, with ${plural(removed.interviews, 'interview', 'interviews')} and their notes, and ${plural(removed.scorecards, 'scorecard', 'scorecards')}.${pending}`;
}

export const useCandidatesStore = create<CandidatesState>()((set, get) => ({
  ...initialState,

  async load() {
    const isLatest = listRequests.start();
    const roleId = get().roleFilter;
    const [list, roles] = await Promise.all([
      call('candidates.list', { ...(roleId ? { roleId } : {}), limit: CANDIDATE_PAGE }),
      call('roles.list', { text: '', status: [], includeArchived: false }),
    ]);
    if (!isLatest()) return;
    if (roles.ok) set({ roles: roles.value });
    if (list.ok) set({ list: list.value, error: roles.ok ? null : roles.error });
    else set({ error: list.error, list: get().list ?? [] });
  },

  async setRoleFilter(roleFilter) {
    set({ roleFilter });
    await get().load();
  },

  openCreate() {
    set({ form: { mode: 'create' } });
  },
  openEdit(candidate) {
    set({ form: { mode: 'edit', candidate } });
  },
  closeForm() {
    set({ form: null });
  },

  async save(draft) {
    const form = get().form;
    const fields = {
      name: draft.name,
      email: orNull(draft.email),
      phone: orNull(draft.phone),
      roleId: draft.roleId,
      source: draft.source.trim(),
      stage: draft.stage,
    };
    const result =
      form?.mode === 'edit'
        ? await call('candidates.update', { id: form.candidate.id, ...fields })
        : await call('candidates.create', fields);
    if (result.ok) {
      set({ form: null, notice: null });
      await get().load();
    }
    return result;
  },

  askDelete(candidate) {
    set({ confirmDelete: candidate });
  },
  cancelDelete() {
    set({ confirmDelete: null });
  },

  async confirmDeletion() {
    const candidate = get().confirmDelete;
    if (!candidate) return null;
    const result = await call('candidates.delete', { id: candidate.id });
    set({ confirmDelete: null });
    if (!result.ok) {
      set({ error: result.error });
      return result;
    }
    set({
      notice: deletionNotice(candidate.name, result.value),
      justDeleted: { id: candidate.id, name: candidate.name },
      list: (get().list ?? []).filter((c) => c.id !== candidate.id),
    });
    await get().load();
    return result;
  },

  async loadRounds(roleId) {
    const result = await call('loop.get', { roleId });
    if (result.ok) set({ rounds: { ...get().rounds, [roleId]: result.value.rounds } });
    else set({ error: result.error });
  },

  clearJustDeleted() {
    set({ justDeleted: null });
  },

  clearNotice() {
    set({ notice: null });
  },
  clearError() {
    set({ error: null });
  },
}));
