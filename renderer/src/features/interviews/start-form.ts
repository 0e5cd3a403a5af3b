import { schemaResolver } from '@mantine/form';
import { type Interview, interviewStartInput } from '../../../../shared/interviews';
import type { Round } from '../../../../shared/kits';
import type { Result } from '../../../../shared/result';
import { call } from '../../api';
import { currentSettings, useSettingsStore } from '../settings';
import { type StartValues, useInterviewsStore } from './interviews-store';
import { interviewStarted } from './queries';

/** The fields in the order the form shows them. */
export const START_FIELDS = ['candidateId', 'roundId', 'interviewer'] as const;

/** The same rules the core applies to a start. */
const checkWithSchema = schemaResolver(interviewStartInput, { sync: true });

/** The schema's problems, with the two pickers' in words that say what to do. */
export function checkStart(values: StartValues): Record<string, string> {
  const errors = { ...(checkWithSchema(values) as Record<string, string>) };
  if (values.candidateId === '') errors.candidateId = 'Pick a candidate.';
  if (values.roundId === '') errors.roundId = 'Pick a round.';
  return errors;
}

/**
 * The form's first values: the address's candidate and round, else the form as last left;
 * the interviewer an imported pack was made for, else the one typed last, else the remembered name.
 */
export function startValues(
  candidateId: string | null,
  roundId: string | null,
  forInterviewer: string | null,
): StartValues {
  const last = useInterviewsStore.getState().startDraft;
  const remembered = currentSettings()?.interviewerName ?? '';
  return {
    candidateId: candidateId ?? last.candidateId,
    roundId: roundId ?? '',
    interviewer: forInterviewer || last.interviewer || remembered,
  };
}

/** The round offered first: the first with questions in its kit, else the first. */
export function firstRound(rounds: readonly Round[]): string {
  return rounds.find((r) => r.items.length > 0)?.id ?? rounds[0]?.id ?? '';
}

/** Starts (or resumes) the interview, remembering the interviewer's name for next time. */
export async function startInterview(values: StartValues): Promise<Result<Interview>> {
  const interviewer = values.interviewer.trim();
  if (currentSettings()?.interviewerName !== interviewer) {
    void useSettingsStore.getState().change({ key: 'interviewerName', value: interviewer });
  }
  const result = await call('interviews.start', {
    candidateId: values.candidateId,
    roundId: values.roundId,
    interviewer,
  });
  if (result.ok) void interviewStarted();
  return result;
}
