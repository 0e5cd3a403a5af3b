import { Button } from '@mantine/core';
import { IconArrowLeft } from '@tabler/icons-react';
import { openRoute } from '../../ui/router';

/** "← Interviews": back to the list, from live mode and from a scorecard. */
export function BackToInterviews() {
  return (
    <Button
      variant="subtle"
      size="compact-sm"
      leftSection={<IconArrowLeft size={16} aria-hidden />}
      onClick={() => openRoute({ area: 'interviews', view: 'list' })}
    >
      Interviews
    </Button>
  );
}
