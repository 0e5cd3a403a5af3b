import { create } from 'zustand';
import type { Interview } from '../../../../shared/interviews';
import type { AppErrorData, Result } from '../../../../shared/result';
import type {
  AttributeScore,
  Recommendation,
  Scorecard,
  ScorecardVersion,
  VisibleScorecards,
} from '../../../../shared/scorecards';
import { call } from '../../api';
import { AutosaveQueue, type AutosaveState } from '../../ui/autosave-queue';
import { currentSettings } from '../settings';

/** What an attribute can be given: a level of the scale, or 'not-assessed'. */
export type Level = AttributeScore;

export interface ScorecardForm {
  ratings: Record<string, { rating: Level | null; note: string }>;
  recommendation: Recommendation | null;
  summary: string;
}

export type FormErrors = Partial<Record<'summary' | 'recommendation' | 'ratings' | 'reason', string>>;

interface ScorecardState {
  interviewId: string | null;
  interview: Interview | null;
  scorecard: Scorecard | null;
  loadError: AppErrorData | null;
  form: ScorecardForm | null;
  /** Set while a submitted scorecard is being changed: the reason the new version needs. */
  revision: { reason: string } | null;
  errors: FormErrors;
  submitError: AppErrorData | null;
  submitting: boolean;
  saveState: AutosaveState;
  versions: ScorecardVersion[];
  others: VisibleScorecards | null;

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

type DraftPatch = {
  attributeRatings: { attribute: string; rating: Level | null; note: string }[];
  recommendation: Recommendation | null;
  summary: string;
};

/** What a submit or a new version sends: the draft, with a recommendation picked. */
type WholeForm = DraftPatch & { recommendation: Recommendation };

/** Typing pause before a draft edit is sent. */
const DRAFT_DELAY_MS = 250;

let autosave: AutosaveQueue<DraftPatch, Scorecard> | null = null;

export function formOf(scorecard: Scorecard): ScorecardForm {
  return {
    ratings: Object.fromEntries(
      scorecard.attributeRatings.map((a) => [a.attribute, { rating: a.rating, note: a.note }]),
    ),
    recommendation: scorecard.recommendation,
    summary: scorecard.summary,
  };
}

function attributeRatingsOf(scorecard: Scorecard, form: ScorecardForm): DraftPatch['attributeRatings'] {
  return scorecard.attributeRatings.map(({ attribute }) => ({
    attribute,
    rating: form.ratings[attribute]?.rating ?? null,
    note: form.ratings[attribute]?.note ?? '',
  }));
}

/** What must be there before a scorecard (or a new version of it) can be submitted. */
export function checkForm(scorecard: Scorecard, form: ScorecardForm): FormErrors {
  const errors: FormErrors = {};
  const unrated = scorecard.attributeRatings.filter((a) => !form.ratings[a.attribute]?.rating);
  if (unrated.length > 0) {
    errors.ratings = `Rate every attribute, or mark it not assessed, first (${unrated.map((a) => a.label).join(', ')}).`;
  }
  if (!form.recommendation) errors.recommendation = 'Pick a recommendation.';
  if (form.summary.trim() === '') errors.summary = 'Write a summary: a few lines on why.';
  return errors;
}

const initial = {
  interviewId: null,
  interview: null,
  scorecard: null,
  loadError: null,
  form: null,
  revision: null,
  errors: {},
  submitError: null,
  submitting: false,
  saveState: { kind: 'idle' } as AutosaveState,
  versions: [],
  others: null,
};

/** Who is at the keyboard: the interviewer name remembered when an interview was last started. */
export function currentViewer(): string | undefined {
  return currentSettings()?.interviewerName.trim() || undefined;
}

export const useScorecardStore = create<ScorecardState>()((set, get) => {
  const isDraft = () => get().scorecard?.status === 'draft';
  const editable = () => isDraft() || get().revision !== null;

  const loadAround = async (scorecard: Scorecard) => {
    const viewer = currentViewer() ?? scorecard.interviewer;
    const [versions, others] = await Promise.all([
      scorecard.version > 0 ? call('scorecards.versions', { id: scorecard.id, viewer }) : null,
      call('scorecards.listForCandidate', { candidateId: scorecard.candidateId, interviewer: viewer }),
    ]);
    if (get().scorecard?.id !== scorecard.id) return;
    set({
      versions: versions?.ok ? versions.value : [],
      others: others.ok ? others.value : null,
    });
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
      const [scorecard, interview] = await Promise.all([
        call('scorecards.forInterview', {
          interviewId,
          ...(currentViewer() ? { viewer: currentViewer() } : {}),
        }),
        call('interviews.get', { id: interviewId }),
      ]);
      if (get().interviewId !== interviewId) return;
      if (!scorecard.ok) {
        set({ loadError: scorecard.error });
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
      set({ scorecard: card, interview: interview.ok ? interview.value : null, form: formOf(card) });
      await loadAround(card);
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
      set({ scorecard: submitted, form: formOf(submitted), saveState: { kind: 'idle' } });
      await loadAround(submitted);
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
      set({ scorecard: revised, form: formOf(revised), revision: null });
      await loadAround(revised);
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
