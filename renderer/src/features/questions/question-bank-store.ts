import { create } from 'zustand';
import type {
  FacetCounts,
  FacetName,
  Question,
  QuestionDraft,
  QuestionFilters,
  QuestionHit,
  QuestionOrder,
} from '../../../../shared/questions';
import type { AppErrorData, Result } from '../../../../shared/result';
import { call } from '../../api';

/** Rows fetched per request while scrolling. */
export const PAGE_SIZE = 100;
/** Typing pause before a search is sent. */
export const SEARCH_DEBOUNCE_MS = 120;
/**
 * Facet counts follow a little after the results: the core answers one call at a time, and
 * counting every facet of a broad search costs more than the page itself, so the list must
 * not wait behind it (and a count for a search already typed over is never asked for).
 */
export const FACETS_DELAY_MS = 200;
/** Pages requested at once while scrolling; pages scrolled past meanwhile are never asked for. */
const MAX_PAGES_IN_FLIGHT = 2;

export interface Query {
  text: string;
  filters: QuestionFilters;
}

export interface Notice {
  tone: 'success' | 'error';
  message: string;
}

export type FormTarget = { mode: 'create' } | { mode: 'edit'; question: Question };

interface QuestionBankState {
  /** What is in the search box (searched after a short pause). */
  text: string;
  filters: QuestionFilters;
  /** The query the list shows, and a number that changes with every new result set. */
  shown: Query | null;
  shownVersion: number;
  /** Matches for `shown`; null before the first answer. */
  total: number | null;
  /** How `shown`'s hits are ordered (best match first, or text-first when too many to rank). */
  order: QuestionOrder | null;
  /** Loaded pages of hits, by page number. */
  pages: Record<number, QuestionHit[]>;
  searchError: AppErrorData | null;
  facets: FacetCounts | null;
  /** Questions in the bank with no search and no filter; null while unknown. */
  bankSize: number | null;
  /** The highlighted row; null when none. */
  activeIndex: number | null;
  /** A question shown in the detail pane that is not (yet) at a known row, e.g. one just created. */
  pinnedId: string | null;
  detail: Question | null;
  detailError: AppErrorData | null;
  form: FormTarget | null;
  /** The last deletion, while it can be undone. */
  deleted: { id: string; topic: string } | null;
  notice: Notice | null;
  /** Export only the matching questions rather than the whole bank. */
  exportOnlyMatching: boolean;

  setText(text: string): void;
  /** Runs the current query now; `select` picks a question in the new results. */
  search(options?: { select?: string; keepIndex?: boolean }): Promise<void>;
  toggleFilter(facet: FacetName, value: string): void;
  clearFilters(): void;
  clearSearch(): void;
  /** Makes sure the hits for rows [start, end) are loaded. */
  ensureRange(start: number, end: number): void;
  setActiveIndex(index: number | null): void;
  loadDetail(id: string | null): Promise<void>;
  openCreate(): void;
  openEdit(id: string): Promise<void>;
  closeForm(): void;
  save(target: FormTarget, draft: QuestionDraft): Promise<Result<Question>>;
  duplicate(id: string): Promise<void>;
  remove(id: string): Promise<void>;
  undoDelete(): Promise<void>;
  dismissUndo(): void;
  setNotice(notice: Notice | null): void;
  setExportOnlyMatching(only: boolean): void;
}

export const isEmptyQuery = (query: Query): boolean => query.text.trim() === '' && !hasFilters(query.filters);

export const hasFilters = (filters: QuestionFilters): boolean =>
  Object.values(filters).some((values) => values !== undefined && values.length > 0);

export function hitAt(state: Pick<QuestionBankState, 'pages'>, index: number): QuestionHit | undefined {
  return state.pages[Math.floor(index / PAGE_SIZE)]?.[index % PAGE_SIZE];
}

/** The question the detail pane should show. */
export function currentId(state: QuestionBankState): string | null {
  return state.activeIndex === null ? state.pinnedId : (hitAt(state, state.activeIndex)?.id ?? null);
}

// Each search gets a number; an answer for an older one is dropped (typing overtakes it).
let searchGeneration = 0;
// The number of the result set on screen: pages are only merged into the set they belong to.
let shownGeneration = 0;
let detailGeneration = 0;
const pagesInFlight = new Set<number>();
/** The rows the list wants loaded now, [start, end). */
let wantedRange: [number, number] = [0, 0];
let debounce: ReturnType<typeof setTimeout> | undefined;
let facetsTimer: ReturnType<typeof setTimeout> | undefined;

const initialState = {
  text: '',
  filters: {},
  shown: null,
  shownVersion: 0,
  total: null,
  order: null,
  pages: {},
  searchError: null,
  facets: null,
  bankSize: null,
  activeIndex: null,
  pinnedId: null,
  detail: null,
  detailError: null,
  form: null,
  deleted: null,
  notice: null,
  exportOnlyMatching: false,
} satisfies Partial<QuestionBankState>;

export const useQuestionBankStore = create<QuestionBankState>()((set, get) => {
  async function loadFacets(generation: number, query: Query) {
    if (generation !== searchGeneration) return;
    const result = await call('questions.facets', query);
    if (generation !== searchGeneration) return;
    if (result.ok) set({ facets: result.value });
  }

  /** Requests the unloaded pages of the wanted range, a couple at a time, nearest first. */
  function loadWantedPages() {
    const { total, shown, pages } = get();
    if (total === null || shown === null || total === 0) return;
    const [start, end] = wantedRange;
    const firstPage = Math.floor(start / PAGE_SIZE);
    const lastPage = Math.floor((Math.min(end, total) - 1) / PAGE_SIZE);
    for (let page = firstPage; page <= lastPage && pagesInFlight.size < MAX_PAGES_IN_FLIGHT; page++) {
      if (pages[page] || pagesInFlight.has(page)) continue;
      const generation = shownGeneration;
      pagesInFlight.add(page);
      void call('questions.search', { ...shown, limit: PAGE_SIZE, offset: page * PAGE_SIZE }).then(
        (result) => {
          if (generation !== shownGeneration) return;
          pagesInFlight.delete(page);
          if (result.ok) set({ pages: { ...get().pages, [page]: result.value.hits } });
          else set({ searchError: result.error });
          loadWantedPages();
        },
      );
    }
  }

  async function loadBankSize(generation: number) {
    const result = await call('questions.search', { text: '', filters: {}, limit: 1, offset: 0 });
    if (generation === searchGeneration && result.ok) set({ bankSize: result.value.total });
  }

  return {
    ...initialState,

    setText(text) {
      set({ text });
      clearTimeout(debounce);
      debounce = setTimeout(() => void get().search(), SEARCH_DEBOUNCE_MS);
    },

    async search(options = {}) {
      clearTimeout(debounce);
      clearTimeout(facetsTimer);
      const generation = ++searchGeneration;
      const query: Query = { text: get().text, filters: get().filters };
      const result = await call('questions.search', { ...query, limit: PAGE_SIZE, offset: 0 });
      if (generation !== searchGeneration) return;
      facetsTimer = setTimeout(() => void loadFacets(generation, query), FACETS_DELAY_MS);
      if (!result.ok) {
        set({ searchError: result.error });
        return;
      }
      const { hits, total, order } = result.value;
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
      shownGeneration = generation;
      pagesInFlight.clear();
      set({
        shown: query,
        shownVersion: get().shownVersion + 1,
        total,
        order,
        pages: { 0: hits },
        searchError: null,
        activeIndex,
        pinnedId,
        ...(isEmptyQuery(query) ? { bankSize: total } : {}),
      });
      if (total === 0 && !isEmptyQuery(query)) void loadBankSize(generation);
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

    ensureRange(start, end) {
      wantedRange = [start, end];
      loadWantedPages();
    },

    setActiveIndex(index) {
      const { total } = get();
      if (index !== null && (total === null || index < 0 || index >= total)) return;
      set({ activeIndex: index, pinnedId: null });
    },

    async loadDetail(id) {
      const generation = ++detailGeneration;
      if (id === null) {
        set({ detail: null, detailError: null });
        return;
      }
      const result = await call('questions.get', { id });
      if (generation !== detailGeneration) return;
      set(
        result.ok ? { detail: result.value, detailError: null } : { detail: null, detailError: result.error },
      );
    },

    openCreate() {
      set({ form: { mode: 'create' } });
    },

    async openEdit(id) {
      // Always from the database, so the edit starts from the newest version.
      const result = await call('questions.get', { id });
      if (result.ok) set({ form: { mode: 'edit', question: result.value }, detail: result.value });
      else set({ notice: { tone: 'error', message: result.error.message } });
    },

    closeForm() {
      set({ form: null });
    },

    async save(target, draft) {
      const result =
        target.mode === 'create'
          ? await call('questions.create', { draft })
          : await call('questions.update', {
              id: target.question.id,
              draft,
              expectedUpdatedAt: target.question.updatedAt,
            });
      if (result.ok) {
        set({ form: null, detail: result.value, detailError: null });
        await get().search({ select: result.value.id });
      }
      return result;
    },

    async duplicate(id) {
      const result = await call('questions.duplicate', { id });
      if (!result.ok) {
        set({ notice: { tone: 'error', message: result.error.message } });
        return;
      }
      set({
        notice: { tone: 'success', message: `Made a copy of “${result.value.topic}”. The copy is selected.` },
      });
      await get().search({ select: result.value.id });
    },

    async remove(id) {
      const state = get();
      const active = state.activeIndex === null ? undefined : hitAt(state, state.activeIndex);
      const topic =
        state.detail?.id === id ? state.detail.topic : active?.id === id ? active.topic : undefined;
      const result = await call('questions.delete', { id });
      if (!result.ok) {
        set({ notice: { tone: 'error', message: result.error.message } });
        return;
      }
      set({ deleted: { id, topic: topic ?? 'the question' } });
      await get().search({ keepIndex: true });
    },

    async undoDelete() {
      const deleted = get().deleted;
      if (!deleted) return;
      set({ deleted: null });
      const result = await call('questions.restore', { id: deleted.id });
      if (!result.ok) {
        set({ notice: { tone: 'error', message: result.error.message } });
        return;
      }
      set({ notice: { tone: 'success', message: `Restored “${result.value.topic}”.` } });
      await get().search({ select: deleted.id });
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
  };
});

/** Back to the first state (tests; a page load gets fresh modules instead). */
export function resetQuestionBankStore(): void {
  clearTimeout(debounce);
  clearTimeout(facetsTimer);
  wantedRange = [0, 0];
  searchGeneration++;
  detailGeneration++;
  pagesInFlight.clear();
  useQuestionBankStore.setState({ ...initialState });
}
