import { create } from 'zustand';
import type {
  Candidate,
  CandidateDeleteResult,
  CandidateListItem,
  CandidateStage,
} from '../../../../shared/candidates';
import type { AppErrorData, Result } from '../../../../shared/result';
import { call } from '../../api';
import { plural } from '../../ui/format';
import { invalidateChannels, queryClient } from '../../ui/query';

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

/**
 * The candidates list's UI state: the role filter, the open dialogs, and what the last write
 * said. The list and the roles are read through the query layer (`queries.ts`).
 */
interface CandidatesState {
  /** Only this role's candidates; null for all. */
  roleFilter: string | null;
  /** The last failed delete. */
  error: AppErrorData | null;
  form: CandidateForm | null;
  /** The candidate the delete dialog asks about. */
  confirmDelete: CandidateListItem | null;
  /** Said after a delete: who went, and how much went with them. */
  notice: string | null;
  /** The candidate just deleted, whose backups may still hold them (the erasure offer). */
  justDeleted: { id: string; name: string } | null;

  setRoleFilter(roleId: string | null): void;
  openCreate(): void;
  openEdit(candidate: CandidateListItem): void;
  closeForm(): void;
  save(draft: CandidateDraft): Promise<Result<Candidate>>;
  askDelete(candidate: CandidateListItem): void;
  cancelDelete(): void;
  confirmDeletion(): Promise<Result<CandidateDeleteResult> | null>;
  clearNotice(): void;
  clearJustDeleted(): void;
  clearError(): void;
}

const initialState = {
  roleFilter: null,
  error: null,
  form: null,
  confirmDelete: null,
  notice: null,
  justDeleted: null,
} satisfies Partial<CandidatesState>;

/** The reads a change to a candidate makes stale: the lists that name them, their page and debrief. */
const invalidateCandidateReads = () =>
  invalidateChannels(
    'candidates.list',
    'candidates.get',
    'debrief.candidate',
    'debrief.get',
    'interviews.list',
    'interviews.inProgress',
  );

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

  setRoleFilter(roleFilter) {
    set({ roleFilter });
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
      await invalidateCandidateReads();
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
    });
    // Gone from every list at once; the reads that follow confirm it.
    queryClient.setQueriesData<CandidateListItem[]>({ queryKey: ['candidates.list'] }, (list) =>
      list?.filter((c) => c.id !== candidate.id),
    );
    await invalidateCandidateReads();
    return result;
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
