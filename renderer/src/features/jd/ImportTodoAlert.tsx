import { Alert, List, Text } from '@mantine/core';
import { IconListCheck } from '@tabler/icons-react';
import { useEffect, useRef } from 'react';
import { useImportJdStore } from './import-jd-store';

/** Above the intake of a role made from an old JD: what was filled in, and what is left to do. */
export function ImportTodoAlert({ roleId }: { roleId: string }) {
  const todo = useImportJdStore((s) => (s.todo?.roleId === roleId ? s.todo : null));
  const ref = useRef<HTMLDivElement>(null);
  const shown = todo !== null;
  // The intake focuses its first field, which scrolls; bring the list back into view once.
  useEffect(() => {
    if (shown) ref.current?.scrollIntoView?.({ block: 'start' });
  }, [shown]);
  if (!todo) return null;
  return (
    <Alert
      ref={ref}
      color="blue"
      variant="light"
      title="Made from an old JD"
      icon={<IconListCheck aria-hidden />}
      withCloseButton
      closeButtonLabel="Dismiss"
      onClose={() => useImportJdStore.getState().dismissTodo()}
      role="region"
    >
      {todo.recognised.length > 0 ? (
        <Text size="sm">Filled in from the JD: {todo.recognised.join(', ')}.</Text>
      ) : (
        <Text size="sm">Nothing in the JD could be matched to a field.</Text>
      )}
      {todo.todo.length > 0 ? (
        <>
          <Text size="sm" mt={6}>
            Still to do:
          </Text>
          <List size="sm" aria-label="To do">
            {todo.todo.map((item) => (
              <List.Item key={item}>{item}</List.Item>
            ))}
          </List>
        </>
      ) : null}
    </Alert>
  );
}
