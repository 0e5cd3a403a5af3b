import { Affix, Button, Group, Paper, Stack, Text } from '@mantine/core';
import { IconPlayerPlay } from '@tabler/icons-react';
import { useEffect } from 'react';
import { currentRoute, openRoute, useCurrentArea } from '../../ui/router';
import { useInterviewsStore } from './interviews-store';
import { useInterviewsInProgress } from './queries';
import { formatElapsed } from './timers';

/**
 * On launch: if an interview was left running (the app or the machine stopped mid-call),
 * offer to go back to it, exactly where it was. Not shown in the Interviews area, whose list
 * starts with the interviews in progress.
 */
export function ResumeOffer() {
  // Silent when the read fails: the Interviews area says why, and nothing is lost by not offering.
  const inProgress = useInterviewsInProgress().data ?? [];
  const dismissed = useInterviewsStore((s) => s.offerDismissed);
  // The Interviews area lists what is in progress, with Resume, first.
  const inArea = useCurrentArea() === 'interviews';

  useEffect(() => {
    const opening = currentRoute();
    // Launched straight into live mode: that is the resume; no need to offer it too.
    if (opening.area === 'interviews' && opening.view === 'live')
      useInterviewsStore.getState().dismissOffer();
  }, []);

  const latest = inProgress[0];
  if (dismissed || !latest || inArea) return null;
  const more = inProgress.length - 1;
  const resume = () => {
    useInterviewsStore.getState().dismissOffer();
    openRoute({ area: 'interviews', view: 'live', id: latest.id });
  };

  return (
    <Affix position={{ bottom: 24, right: 24 }} zIndex={150}>
      <Paper
        withBorder
        shadow="md"
        p="md"
        radius="md"
        maw={380}
        role="region"
        aria-label="Interview in progress"
        onKeyDown={(event) => {
          if (event.key === 'Escape') useInterviewsStore.getState().dismissOffer();
        }}
      >
        <Stack gap="xs">
          <Text size="sm" fw={600}>
            An interview was left open
          </Text>
          <Text size="sm">
            {latest.candidateName}, {latest.roundName}: {formatElapsed(latest.roundElapsedMs)} in. Pick up at
            the question you were on, with your notes.
            {more > 0 ? ` (${more} more in the Interviews area.)` : ''}
          </Text>
          <Group gap="xs" justify="flex-end">
            <Button variant="default" size="xs" onClick={() => useInterviewsStore.getState().dismissOffer()}>
              Later
            </Button>
            <Button
              size="xs"
              data-autofocus
              autoFocus
              leftSection={<IconPlayerPlay size={14} aria-hidden />}
              onClick={resume}
            >
              Resume
            </Button>
          </Group>
        </Stack>
      </Paper>
    </Affix>
  );
}
