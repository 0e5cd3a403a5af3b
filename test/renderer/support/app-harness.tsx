import { cleanup, render, screen, waitFor } from '@testing-library/react';
import userEvent, { type UserEvent } from '@testing-library/user-event';
import { expect } from 'vitest';
import { setTransport } from '../../../renderer/src/api';
import { App } from '../../../renderer/src/app/App';
import { useBootStore } from '../../../renderer/src/app/boot-store';
import { palette } from '../../../renderer/src/app/CommandPalette';
import { useNavigationStore } from '../../../renderer/src/app/navigation-store';
import { useBackupStore } from '../../../renderer/src/features/backup/backup-store';
import { useCandidatesStore } from '../../../renderer/src/features/candidates/candidates-store';
import { useCompDataStore } from '../../../renderer/src/features/comp/comp-data-store';
import { useDebriefStore } from '../../../renderer/src/features/debrief/debrief-store';
import { useConflictsStore } from '../../../renderer/src/features/exchange/conflicts-store';
import { useExchangeImportStore } from '../../../renderer/src/features/exchange/exchange-store';
import { useInterviewsStore } from '../../../renderer/src/features/interviews/interviews-store';
import { useLiveStore } from '../../../renderer/src/features/interviews/live-store';
import { useImportJdStore } from '../../../renderer/src/features/jd/import-jd-store';
import { useJdStore } from '../../../renderer/src/features/jd/jd-store';
import { useLoopStore } from '../../../renderer/src/features/kits/loop-store';
import { useImportStore } from '../../../renderer/src/features/questions/import-store';
import { useQuestionBankStore } from '../../../renderer/src/features/questions/question-bank-store';
import { useRolesStore } from '../../../renderer/src/features/roles/roles-store';
import { useScorecardStore } from '../../../renderer/src/features/scorecards/scorecard-store';
import { useSettingsStore } from '../../../renderer/src/features/settings/settings-store';
import { useFocusModeStore } from '../../../renderer/src/ui/focus-mode';
import { queryClient } from '../../../renderer/src/ui/query';
import { useRouterStore } from '../../../renderer/src/ui/router';
import { coreBridge } from '../../support/core-bridge';
import { openTempCore, type TempCore } from '../../support/temp-db';

/** What a page load needs of a zustand store. */
interface ResettableStore {
  getInitialState(): unknown;
  setState: (...args: never[]) => void;
}

/**
 * Every zustand store the renderer has (a test checks none is missing). Test files share a
 * worker, so a store left out would carry one file's state into the next.
 */
export const RESET_STORES: readonly ResettableStore[] = [
  useBackupStore,
  useBootStore,
  useCandidatesStore,
  useCompDataStore,
  useConflictsStore,
  useDebriefStore,
  useExchangeImportStore,
  useFocusModeStore,
  useImportJdStore,
  useImportStore,
  useInterviewsStore,
  useJdStore,
  useLiveStore,
  useLoopStore,
  useNavigationStore,
  useQuestionBankStore,
  useRolesStore,
  useRouterStore,
  useScorecardStore,
  useSettingsStore,
];

/**
 * A page load, as far as jsdom can have one: stores back to their first state, an empty read
 * cache, no hash, no cached colour scheme, no app-state marker. (A real reload gets fresh modules instead.)
 */
export function resetPage(hash = ''): void {
  cleanup();
  palette.close();
  queryClient.clear();
  for (const store of RESET_STORES) {
    (store.setState as (state: unknown, replace: true) => void)(store.getInitialState(), true);
  }
  window.history.replaceState(null, '', `/${hash}`);
  window.localStorage.clear();
  delete document.documentElement.dataset.appState;
  document.documentElement.removeAttribute('data-mantine-color-scheme');
}

/** A real core on a temp SQLite file, wired in as the renderer's transport. */
export async function startCore(options: { starterBank?: boolean } = {}): Promise<TempCore> {
  const core = await openTempCore(options);
  setTransport(coreBridge(core.ctx));
  return core;
}

export function appState(): string | undefined {
  return document.documentElement.dataset.appState;
}

export function colorScheme(): string | null {
  return document.documentElement.getAttribute('data-mantine-color-scheme');
}

/** Mounts the whole app and waits, like the end-to-end tests, for data-app-state="ready". */
export async function mountApp(): Promise<{ user: UserEvent }> {
  const user = userEvent.setup();
  render(<App env="test" />);
  await waitFor(() => expect(appState()).toBe('ready'));
  return { user };
}

export function heading(): HTMLElement {
  return screen.getByRole('heading', { level: 1 });
}

export function navLink(name: string): HTMLElement {
  return screen.getByRole('link', { name });
}
