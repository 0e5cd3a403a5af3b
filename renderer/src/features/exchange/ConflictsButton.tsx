import { Badge, Button } from '@mantine/core';
import { IconGitMerge } from '@tabler/icons-react';
import { useEffect, useState } from 'react';
import { call } from '../../api';
import { type ConflictScope, useConflictsStore } from './conflicts-store';
import { useExchangeImportStore } from './exchange-store';

/**
 * "Conflicts" with the count of imported versions waiting for a person, for one candidate or
 * role; opens them side by side. Read again after every import and every resolve.
 */
export function ConflictsButton({ candidateId, roleId }: ConflictScope) {
  const [count, setCount] = useState<number | null>(null);
  const changes = useConflictsStore((s) => s.changes);
  const imported = useExchangeImportStore((s) => s.applied);

  // biome-ignore lint/correctness/useExhaustiveDependencies: an import or a resolve is what makes the count stale
  useEffect(() => {
    let current = true;
    void call('exchange.conflicts', { candidateId, roleId }).then((result) => {
      if (current && result.ok) setCount(result.value.length);
    });
    return () => {
      current = false;
    };
  }, [candidateId, roleId, changes, imported]);

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
      onClick={() => void useConflictsStore.getState().open({ candidateId, roleId })}
    >
      Conflicts
    </Button>
  );
}
