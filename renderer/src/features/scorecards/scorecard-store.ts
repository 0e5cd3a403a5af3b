import { create } from 'zustand';
import type { AppErrorData, Result } from '../../../../shared/result';
import type { Recommendation, Scorecard } from '../../../../shared/scorecards';
import { call } from '../../api';
import { AutosaveQueue, type AutosaveState } from '../../ui/autosave-queue';
import { CoreReadError, coreQuery, invalidateChannels, queryClient } from '../../ui/query';
import { currentViewer } from '../settings';
import {
  attributeRatingsOf,
  checkForm,
  type DraftPatch,
  type FormErrors,
  formOf,
  type Level,
  type ScorecardForm,
  type WholeForm,
} from './scorecard-form';

/**
 * The scorecard being edited: the draft with its autosave, a revision being written, and the
 * form's messages. It is read through the query layer once per opening; the interview it
 * belongs to, its versions and the other scorecards are reads of their own (`queries.ts`).
 */
interface ScorecardState {
  interviewId: string | null;
  scorecard: Scorecard | null;
  loadError: AppErrorData | null;
  form: ScorecardForm | null;
  /** Set while a submitted scorecard is being changed: the reason the new version needs. */
  revision: { reason: string } | null;
  errors: FormErrors;
  submitError: AppErrorData | null;
  submitting: boolean;
  saveState: AutosaveState;

  load(interviewId: string): Promise<void>;
  setRating(attribute: string, rating: Level): void;
  setNote(attribute: string, note: string): void;
  setRecommendation(recommendation: Recommendation): void;
  setSummary(summary: string): void;
  submit(): Promise<boolean>;
  startRevision(): void;
  setReason(reason: string): void;
  cancelRevision(): void;
  submitRevision(): Promise<boolean>;
  flush(): Promise<boolean>;
}

/** Typing pause before a draft edit is sent. */
const DRAFT_DELAY_MS = 250;

let autosave: AutosaveQueue<DraftPatch, Scorecard> | null = null;

const initial = {
  interviewId: null,
  scorecard: null,
  loadError: null,
  form: null,
  revision: null,
  errors: {},
  submitError: null,
  submitting: false,
  saveState: { kind: 'idle' } as AutosaveState,
};

/**
 * The reads a submitted scorecard or a new version changes: the scorecard's own, the other
 * interviewers' views of the candidate, the candidate page and debrief, and the lists' counts.
 */
const invalidateScorecardReads = () =>
  invalidateChannels(
    'scorecards.forInterview',
    'scorecards.get',
    'scorecards.versions',
    'scorecards.listForCandidate',
    'debrief.candidate',
    'debrief.get',
    'debrief.calibration',
    'candidates.list',
    'interviews.list',
  );

export const useScorecardStore = create<ScorecardState>()((set, get) => {
  const isDraft = () => get().scorecard?.status === 'draft';
  const editable = () => isDraft() || get().revision !== null;

  /** A new version is in: shown as the one being edited, and every read that shows it is stale. */
  const stored = async (scorecard: Scorecard) => {
    set({ scorecard, form: formOf(scorecard), revision: null });
    await invalidateScorecardReads();
  };

  /**
   * Sends the whole form (a submit, a new version) while showing it as submitting: the scorecard
   * as stored, or null when it was refused (the reason is shown).
   */
  const sendWhole = async (
    scorecard: Scorecard,
    form: ScorecardForm,
    recommendation: Recommendation,
    send: (whole: WholeForm) => Promise<Result<Scorecard>>,
  ): Promise<Scorecard | null> => {
    set({ submitting: true });
    const result = await send({
      attributeRatings: attributeRatingsOf(scorecard, form),
      recommendation,
      summary: form.summary,
    });
    set({ submitting: false });
    if (result.ok) return result.value;
    set({ submitError: result.error });
    return null;
  };

  /** A field changed: shown at once, saved as a draft (only a draft; a revision is sent whole). */
  const changed = (patch: Partial<ScorecardForm>) => {
    const { form, scorecard, errors } = get();
    if (!form || !scorecard || !editable()) return;
    const next = { ...form, ...patch };
    // Once a submit has pointed at what is missing, the messages follow the edits.
    const stillWrong: FormErrors = Object.keys(errors).length > 0 ? checkForm(scorecard, next) : {};
    if (errors.reason) stillWrong.reason = errors.reason;
    set({ form: next, errors: stillWrong });
    if (!isDraft() || !autosave) return;
    autosave.queue({
      attributeRatings: attributeRatingsOf(scorecard, next),
      recommendation: next.recommendation,
      summary: next.summary,
    });
  };

  return {
    ...initial,

    async load(interviewId) {
      await get().flush();
      autosave?.dispose();
      autosave = null;
      set({ ...initial, interviewId });
      const viewer = currentViewer();
      const [scorecard] = await Promise.allSettled([
        queryClient.fetchQuery({
          ...coreQuery('scorecards.forInterview', { interviewId, ...(viewer ? { viewer } : {}) }),
          staleTime: 0,
        }),
        // The screen's heading names the candidate: read alongside, so it is there with the form.
        queryClient.fetchQuery(coreQuery('interviews.get', { id: interviewId })),
      ]);
      if (get().interviewId !== interviewId) return;
      if (scorecard.status === 'rejected') {
        const { reason } = scorecard;
        set({
          loadError:
            reason instanceof CoreReadError ? reason.data : { code: 'internal', message: String(reason) },
        });
        return;
      }
      const card = scorecard.value;
      // A scorecard draft has no sequence numbers: every save is applied.
      autosave = new AutosaveQueue<DraftPatch, Scorecard>({
        send: (patch) => call('scorecards.saveDraft', { id: card.id, ...patch }),
        onState: (saveState) => {
          if (get().scorecard?.id === card.id) set({ saveState });
        },
        onSaved: () => {},
        savedAt: (saved) => saved.updatedAt,
        delayMs: DRAFT_DELAY_MS,
      });
      set({ scorecard: card, form: formOf(card) });
    },

    setRating(attribute, rating) {
      const form = get().form;
      if (!form) return;
      const old = form.ratings[attribute] ?? { rating: null, note: '' };
      changed({ ratings: { ...form.ratings, [attribute]: { ...old, rating } } });
    },
    setNote(attribute, note) {
      const form = get().form;
      if (!form) return;
      const old = form.ratings[attribute] ?? { rating: null, note: '' };
      changed({ ratings: { ...form.ratings, [attribute]: { ...old, note } } });
    },
    setRecommendation(recommendation) {
      changed({ recommendation });
    },
    setSummary(summary) {
      changed({ summary });
    },

    async submit() {
      const { scorecard, form } = get();
      if (!scorecard || !form || !isDraft() || get().submitting) return false;
      const errors = checkForm(scorecard, form);
      set({ errors, submitError: null });
      if (Object.keys(errors).length > 0 || !form.recommendation) return false;
      const submitted = await sendWhole(scorecard, form, form.recommendation, async (whole) => {
        await get().flush();
        return call('scorecards.submit', { id: scorecard.id, ...whole });
      });
      if (!submitted) return false;
      autosave?.dispose();
      autosave = null;
      set({ saveState: { kind: 'idle' } });
      await stored(submitted);
      return true;
    },

    startRevision() {
      const scorecard = get().scorecard;
      if (scorecard?.status !== 'submitted') return;
      set({ revision: { reason: '' }, form: formOf(scorecard), errors: {}, submitError: null });
    },
    setReason(reason) {
      if (!get().revision) return;
      const { reason: _old, ...errors } = get().errors;
      set({ revision: { reason }, errors });
    },
    cancelRevision() {
      const scorecard = get().scorecard;
      set({ revision: null, errors: {}, submitError: null, form: scorecard ? formOf(scorecard) : null });
    },

    async submitRevision() {
      const { scorecard, form, revision } = get();
      if (!scorecard || !form || !revision || get().submitting) return false;
      const errors = checkForm(scorecard, form);
      if (revision.reason.trim() === '') errors.reason = 'Say why the scorecard changes.';
      set({ errors, submitError: null });
      if (Object.keys(errors).length > 0 || !form.recommendation) return false;
      const revised = await sendWhole(scorecard, form, form.recommendation, (whole) =>
        call('scorecards.revise', { id: scorecard.id, reason: revision.reason, ...whole }),
      );
      if (!revised) return false;
      await stored(revised);
      return true;
    },

    async flush() {
      return autosave ? autosave.flush() : true;
    },
  };
});

/**
 * Whether leaving now would lose something: a draft edit not saved yet, or a revision of a
 * submitted scorecard begun (it lives on this screen until it is submitted as a new version).
 */
export function hasUnsavedScorecardEdits(): boolean {
  const { revision, scorecard, form } = useScorecardStore.getState();
  const revising =
    revision !== null &&
    scorecard !== null &&
    (revision.reason.trim() !== '' || JSON.stringify(form) !== JSON.stringify(formOf(scorecard)));
  return revising || (autosave?.dirty ?? false);
}
