import { Badge, Button } from '@mantine/core';
import { IconGitMerge } from '@tabler/icons-react';
import { useConflictsStore } from './conflicts-store';
import { type ConflictScope, useConflicts } from './queries';

/**
 * "Conflicts" with the count of imported versions waiting for a person, for one candidate or
 * role; opens them side by side. An import or a resolve makes the read stale, so the count follows.
 */
export function ConflictsButton({ candidateId, roleId }: ConflictScope) {
  const count = useConflicts({ candidateId, roleId }).data?.length ?? null;
  const waiting = count !== null && count > 0;
  return (
    <Button
      variant={waiting ? 'light' : 'default'}
      color={waiting ? 'orange' : undefined}
      leftSection={<IconGitMerge size={16} aria-hidden />}
      rightSection={
        waiting ? (
          <Badge size="sm" color="orange" circle data-testid="conflicts-count">
            {count}
          </Badge>
        ) : null
      }
      aria-label={waiting ? `Conflicts: ${count} to resolve` : 'Conflicts: none'}
      onClick={() => useConflictsStore.getState().open({ candidateId, roleId })}
    >
      Conflicts
    </Button>
  );
}
