import { keepPreviousData, skipToken, useIsFetching, useQueries, useQuery } from '@tanstack/react-query';
import { useEffect, useState } from 'react';
import type { CsvMapping } from '../../../../shared/exchange';
import type { QuestionHit, QuestionSearchResult } from '../../../../shared/questions';
import { coreQuery, queryClient, readCore, readError } from '../../ui/query';
import { type ImportFileData, importInput } from './import-file';
import type { Query } from './question-bank-store';

/** Rows fetched per request while scrolling. */
export const PAGE_SIZE = 100;
/**
 * Facet counts follow a little after the results: the core answers one call at a time, and
 * counting every facet of a broad search costs more than the page itself, so the list must
 * not wait behind it (and a count for a search already typed over is never asked for).
 */
export const FACETS_DELAY_MS = 200;
/** Pages requested at once while scrolling; pages scrolled past meanwhile are never asked for. */
const MAX_PAGES_IN_FLIGHT = 2;

/** Stands in for a search not yet asked, in reads that are off until there is one. */
const NO_QUERY: Query = { text: '', filters: {} };

/** The read of one page of a search's hits; page 0 also brings the total and the order. */
export const pageQuery = (query: Query, page: number) =>
  coreQuery('questions.search', { ...query, limit: PAGE_SIZE, offset: page * PAGE_SIZE });

/** A page already read, for event handlers (components read through the hooks below). */
export const cachedPage = (query: Query, page: number): QuestionSearchResult | undefined =>
  queryClient.getQueryData(pageQuery(query, page).queryKey);

/** The hit at a row of a search already read; undefined while its page is not. */
export function cachedHit(query: Query | null, index: number): QuestionHit | undefined {
  if (query === null) return undefined;
  return cachedPage(query, Math.floor(index / PAGE_SIZE))?.hits[index % PAGE_SIZE];
}

/** The number of matches of a search already read; null before its answer. */
export const cachedTotal = (query: Query | null): number | null =>
  query === null ? null : (cachedPage(query, 0)?.total ?? null);

/**
 * The first page of the search the list shows. The list moves to a new search only once that
 * search has answered, so this is always in the cache; the previous answer stays up meanwhile.
 */
export function useShownPage(shown: Query | null) {
  const page = useQuery({
    ...pageQuery(shown ?? NO_QUERY, 0),
    enabled: shown !== null,
    // The search itself read it just now; a write's invalidation reads it again.
    refetchOnMount: false,
    placeholderData: keepPreviousData,
  });
  return shown === null ? undefined : page.data;
}

/**
 * The core's refusal of the search last asked (typed or filtered), while it is the latest;
 * an older search's refusal is no longer news once a newer one was asked.
 */
export function useSearchError(asked: Query | null) {
  const latest = useQuery({
    ...pageQuery(asked ?? NO_QUERY, 0),
    enabled: asked !== null,
    placeholderData: keepPreviousData,
  });
  return latest.isPlaceholderData ? null : readError(latest);
}

/**
 * The facet counts of the search shown, asked a moment after its answer unless a newer
 * search was asked meanwhile; the last counts stay up until the new ones come.
 */
export function useFacets(shown: Query | null, asked: Query | null) {
  const [settled, setSettled] = useState<Query | null>(shown);
  const latest = shown !== null && shown === asked ? shown : null;
  useEffect(() => {
    if (latest === null) return;
    const timer = setTimeout(() => setSettled(latest), FACETS_DELAY_MS);
    return () => clearTimeout(timer);
  }, [latest]);
  const facets = useQuery({
    ...coreQuery('questions.facets', settled ?? NO_QUERY),
    enabled: settled !== null,
    placeholderData: keepPreviousData,
  });
  return facets.data ?? null;
}

/** The pages holding rows [start, end), except page 0 (read with the search itself). */
function pagesOf(start: number, end: number, total: number): number[] {
  if (total === 0 || end <= start) return [];
  const first = Math.max(1, Math.floor(start / PAGE_SIZE));
  const last = Math.floor((Math.min(end, total) - 1) / PAGE_SIZE);
  const pages: number[] = [];
  for (let page = first; page <= last; page++) pages.push(page);
  return pages;
}

/**
 * The hits of the rows in view, by page, and the core's refusal of one if it refused. A page not yet read is asked for only while fewer
 * than a couple are on their way, so scrolling fast past hundreds of pages asks for the
 * ones it stops at, not every one it passed.
 */
export function useRowPages(shown: Query | null, range: [number, number]) {
  const firstPage = useShownPage(shown);
  const total = firstPage?.total ?? 0;
  const wanted = shown === null ? [] : pagesOf(range[0], range[1], total);
  // Every search on its way counts: the core answers one call at a time.
  const busy = useIsFetching({ queryKey: ['questions.search'] });
  const rows = useQueries({
    queries: wanted.map((page) => {
      const options = pageQuery(shown ?? NO_QUERY, page);
      const known = queryClient.getQueryState(options.queryKey)?.data !== undefined;
      // A page scrolled back to shows what was read; a write's invalidation reads it again.
      return { ...options, enabled: known || busy < MAX_PAGES_IN_FLIGHT, refetchOnMount: false };
    }),
  });
  const pages: Record<number, QuestionHit[]> = {};
  if (firstPage) pages[0] = firstPage.hits;
  wanted.forEach((page, at) => {
    const hits = rows[at]?.data?.hits;
    if (hits) pages[page] = hits;
  });
  const refused = rows.find((row) => row.error !== null);
  return { pages, error: refused ? readError(refused) : null };
}

/** One question, for the detail pane; null while none is picked. */
export function useQuestion(id: string | null) {
  const question = useQuery({ ...coreQuery('questions.get', { id: id ?? '' }), enabled: id !== null });
  return {
    question: id === null ? null : (question.data ?? null),
    error: id === null ? null : readError(question),
  };
}

/** The key of one question's read. */
export const questionKey = (id: string) => coreQuery('questions.get', { id }).queryKey;

/**
 * The hit at the selected row of the search shown, once its page is read. It only watches
 * the cache: the list asks for the pages in view.
 */
export function useActiveHit(shown: Query | null, activeIndex: number | null): QuestionHit | undefined {
  const page = activeIndex === null ? 0 : Math.floor(activeIndex / PAGE_SIZE);
  const read = useQuery({ ...pageQuery(shown ?? NO_QUERY, page), enabled: false });
  return activeIndex === null || shown === null ? undefined : read.data?.hits[activeIndex % PAGE_SIZE];
}

/** A number per file read, so a plan's key names the file without holding its text. */
const fileNumbers = new WeakMap<ImportFileData, number>();
let lastFileNumber = 0;
function fileNumber(file: ImportFileData): number {
  let number = fileNumbers.get(file);
  if (number === undefined) {
    lastFileNumber += 1;
    number = lastFileNumber;
    fileNumbers.set(file, number);
  }
  return number;
}

/**
 * The dry run of an import: what applying it would do, read again whenever the columns
 * change; the last plan stays up meanwhile. Not kept once the dialog closes (the file can
 * be large). The key names the file by number rather than by its text: the query layer
 * hashes a key on every render, and the text can be 20 MB.
 */
export function useImportPlan(file: ImportFileData | null, mapping: CsvMapping | undefined) {
  const plan = useQuery({
    queryKey: ['questions.importPlan', file ? fileNumber(file) : 0, mapping ?? null],
    queryFn: file ? () => readCore('questions.importPlan', importInput(file, mapping)) : skipToken,
    placeholderData: keepPreviousData,
    gcTime: 0,
  });
  return { plan: plan.data ?? null, planning: plan.isFetching, planError: readError(plan) };
}
