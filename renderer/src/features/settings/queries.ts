import { useQuery } from '@tanstack/react-query';
import type { Result } from '../../../../shared/result';
import type { Settings } from '../../../../shared/settings';
import { CoreReadError, coreQuery, queryClient } from '../../ui/query';

/**
 * The settings read. Only this window changes them, and each change puts its answer in
 * place, so once read at start-up they are not read again until the next start.
 */
const settingsQuery = () => ({ ...coreQuery('settings.get', {}), staleTime: Number.POSITIVE_INFINITY });

/** The settings as stored, for screens; null until read. */
export function useSettings(): Settings | null {
  return useQuery(settingsQuery()).data ?? null;
}

/** The settings as last read, for actions outside React; null until read. */
export function currentSettings(): Settings | null {
  return queryClient.getQueryData(settingsQuery().queryKey) ?? null;
}

/** Who is at the keyboard: the interviewer name remembered when an interview was last started. */
export function currentViewer(): string | undefined {
  return currentSettings()?.interviewerName.trim() || undefined;
}

/** `currentViewer`, for screens: follows the setting as it changes. */
export function useViewer(): string | undefined {
  return useSettings()?.interviewerName.trim() || undefined;
}

/** Reads every setting from the core (at start-up, and on a retry of it). */
export async function loadSettings(): Promise<Result<Settings>> {
  try {
    return { ok: true, value: await queryClient.fetchQuery({ ...settingsQuery(), staleTime: 0 }) };
  } catch (error) {
    if (error instanceof CoreReadError) return { ok: false, error: error.data };
    throw error;
  }
}
