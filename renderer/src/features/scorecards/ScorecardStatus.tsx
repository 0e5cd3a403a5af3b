import { Group, Text } from '@mantine/core';
import { IconLock } from '@tabler/icons-react';
import { formatDateTime } from '../../ui/format';
import { SaveStateText } from '../../ui/SaveStateText';
import { useScorecardStore } from './scorecard-store';

/** Where the scorecard stands: a draft and its autosave, or submitted (locked, or being revised). */
export function ScorecardStatus() {
  const scorecard = useScorecardStore((s) => s.scorecard);
  const saveState = useScorecardStore((s) => s.saveState);
  const revision = useScorecardStore((s) => s.revision);
  if (!scorecard) return null;
  if (scorecard.status === 'draft') {
    return (
      <Group gap={4} data-testid="scorecard-status">
        <Text size="sm" c="dimmed">
          Draft, not submitted yet.{' '}
        </Text>
        <SaveStateText
          state={saveState}
          idleText=""
          savedText={(at) => `Saved ${new Date(at).toLocaleTimeString()}.`}
        />
      </Group>
    );
  }
  return (
    <Group gap="xs" data-testid="scorecard-status">
      <IconLock size={16} aria-hidden />
      <Text size="sm">
        Submitted {scorecard.submittedAt ? formatDateTime(scorecard.submittedAt) : ''} · version{' '}
        {scorecard.version}
        {revision ? ' · changing it makes a new version' : ' · locked'}
      </Text>
    </Group>
  );
}
