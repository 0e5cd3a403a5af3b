import { create } from 'zustand';
import type { FacetName, Question, QuestionFilters } from '../../../../shared/questions';
import { invalidateChannels, queryClient } from '../../ui/query';
import { cachedHit, pageQuery } from './queries';

/** Typing pause before a search is sent. */
export const SEARCH_DEBOUNCE_MS = 120;

export interface Query {
  text: string;
  filters: QuestionFilters;
}

export interface Notice {
  tone: 'success' | 'error';
  message: string;
}

export type FormTarget = { mode: 'create' } | { mode: 'edit'; question: Question };

/** Where the selection goes once a search has answered. */
export interface SearchOptions {
  /** Pick this question, at its row if the first page has it, else pinned in the detail pane. */
  select?: string;
  /** Stay at the same row (clamped to the new count) rather than go back to the first. */
  keepIndex?: boolean;
}

/**
 * The question bank's screen state: what is typed and picked, which search the list shows and
 * what is selected in it, the open dialog and the last deletion. The searches, facet counts
 * and questions themselves are reads (see queries.ts); the writes (question-writes.ts)
 * invalidate them through `refresh`.
 */
interface QuestionBankState {
  /** What is in the search box (searched after a short pause). */
  text: string;
  filters: QuestionFilters;
  /** The search last asked for; its answer replaces `shown` when it is still the latest. */
  asked: Query | null;
  /** The search whose answer the list shows (the rows `activeIndex` counts); null before the first. */
  shown: Query | null;
  /** The highlighted row; null when none. */
  activeIndex: number | null;
  /** A question shown in the detail pane that is not (yet) at a known row, e.g. one just created. */
  pinnedId: string | null;
  form: FormTarget | null;
  /** The last deletion, while it can be undone. */
  deleted: { id: string; topic: string } | null;
  notice: Notice | null;
  /** Export only the matching questions rather than the whole bank. */
  exportOnlyMatching: boolean;

  setText(text: string): void;
  /** Asks for the current search now; once it answers (if still the latest) the list shows it. */
  search(options?: SearchOptions): Promise<void>;
  /** After a write: every question read is out of date; searches again and selects as asked. */
  refresh(options?: SearchOptions): Promise<void>;
  toggleFilter(facet: FacetName, value: string): void;
  clearFilters(): void;
  clearSearch(): void;
  setActiveIndex(index: number | null): void;
  openCreate(): void;
  closeForm(): void;
  dismissUndo(): void;
  setNotice(notice: Notice | null): void;
  setExportOnlyMatching(only: boolean): void;
}

export const isEmptyQuery = (query: Query): boolean => query.text.trim() === '' && !hasFilters(query.filters);

export const hasFilters = (filters: QuestionFilters): boolean =>
  Object.values(filters).some((values) => values !== undefined && values.length > 0);

/** The question the detail pane should show. */
export function currentId(
  state: Pick<QuestionBankState, 'shown' | 'activeIndex' | 'pinnedId'>,
): string | null {
  return state.activeIndex === null
    ? state.pinnedId
    : (cachedHit(state.shown, state.activeIndex)?.id ?? null);
}

let debounce: ReturnType<typeof setTimeout> | undefined;

const initialState = {
  text: '',
  filters: {},
  asked: null,
  shown: null,
  activeIndex: null,
  pinnedId: null,
  form: null,
  deleted: null,
  notice: null,
  exportOnlyMatching: false,
} satisfies Partial<QuestionBankState>;

export const useQuestionBankStore = create<QuestionBankState>()((set, get) => ({
  ...initialState,

  setText(text) {
    set({ text });
    clearTimeout(debounce);
    debounce = setTimeout(() => void get().search(), SEARCH_DEBOUNCE_MS);
  },

  async search(options = {}) {
    clearTimeout(debounce);
    const asked: Query = { text: get().text, filters: get().filters };
    set({ asked });
    const answer = await queryClient.fetchQuery(pageQuery(asked, 0)).catch(() => null);
    // A refusal: the screen shows it (useSearchError) and the list keeps the last answer.
    // Typing overtook this search: the newer one decides what is shown.
    if (answer === null || get().asked !== asked) return;
    const { hits, total } = answer;
    const previous = get().activeIndex;
    let activeIndex: number | null = hits.length > 0 ? 0 : null;
    let pinnedId: string | null = null;
    if (options.select) {
      const found = hits.findIndex((hit) => hit.id === options.select);
      activeIndex = found >= 0 ? found : null;
      pinnedId = found >= 0 ? null : options.select;
    } else if (options.keepIndex && previous !== null) {
      activeIndex = total > 0 ? Math.min(previous, total - 1) : null;
    }
    set({ shown: asked, activeIndex, pinnedId });
  },

  async refresh(options) {
    // Both at once: the search's read joins the refetch the invalidation starts.
    await Promise.all([
      invalidateChannels('questions.search', 'questions.facets', 'questions.get'),
      get().search(options),
    ]);
  },

  toggleFilter(facet, value) {
    const current = get().filters[facet] ?? [];
    const next = current.includes(value) ? current.filter((v) => v !== value) : [...current, value];
    const filters = { ...get().filters };
    if (next.length > 0) filters[facet] = next;
    else delete filters[facet];
    set({ filters });
    void get().search();
  },

  clearFilters() {
    set({ filters: {} });
    void get().search();
  },

  clearSearch() {
    set({ text: '' });
    void get().search();
  },

  setActiveIndex(index) {
    if (index !== null && index < 0) return;
    set({ activeIndex: index, pinnedId: null });
  },

  openCreate() {
    set({ form: { mode: 'create' } });
  },

  closeForm() {
    set({ form: null });
  },

  dismissUndo() {
    set({ deleted: null });
  },

  setNotice(notice) {
    set({ notice });
  },

  setExportOnlyMatching(only) {
    set({ exportOnlyMatching: only });
  },
}));

/** Back to the first state (tests; a page load gets fresh modules instead). */
export function resetQuestionBankStore(): void {
  clearTimeout(debounce);
  useQuestionBankStore.setState({ ...initialState });
}
