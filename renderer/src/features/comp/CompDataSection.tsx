import { Badge, Button, Center, Group, Loader, Modal, Stack, Tabs, Text } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { type CompTableName, compTableNames } from '../../../../shared/domain/comp/comp-data';
import { ErrorAlert } from '../../ui/ErrorAlert';
import { coreQuery, readError } from '../../ui/query';
import { CompDataTable } from './CompDataTable';
import { COMP_TABLES } from './comp-data-format';
import { useCompDataStore } from './comp-data-store';

/** Settings: the figures behind the comp advisor, with their sources, to check, edit and reset. */
export function CompDataSection() {
  const query = useQuery(coreQuery('comp.data', {}));
  const data = query.data ?? null;
  const loadError = readError(query);
  const resetAllError = useCompDataStore((s) => s.errors['*']);
  const reset = useCompDataStore((s) => s.reset);
  const [tab, setTab] = useState<CompTableName>('bands');
  const [confirming, setConfirming] = useState(false);

  const editedIn = (table: CompTableName) => (data ? data[table].filter((r) => r.edited).length : 0);
  const edited = compTableNames.reduce((n, t) => n + editedIn(t), 0);

  async function resetAll() {
    if (await reset({ scope: 'all' })) setConfirming(false);
  }

  return (
    <Stack gap="md">
      <Text size="sm" c="dimmed">
        The figures the comp advisor works from, each with its source, the year it describes and the day it
        was last checked. When newer pay data comes out, edit the figure; a reset brings back what Reqdesk
        shipped with.
      </Text>
      {loadError ? <ErrorAlert title="The pay data could not be loaded" error={loadError} /> : null}
      {!data ? (
        loadError ? null : (
          <Center py="md">
            <Loader aria-label="Loading pay data" />
          </Center>
        )
      ) : (
        <>
          <Group justify="space-between">
            <Text size="sm">
              {edited === 0
                ? 'All figures are as shipped.'
                : `${edited} ${edited === 1 ? 'row' : 'rows'} edited.`}
            </Text>
            <Button variant="default" size="xs" disabled={edited === 0} onClick={() => setConfirming(true)}>
              Reset all pay data
            </Button>
          </Group>
          <Tabs value={tab} onChange={(value) => value && setTab(value as CompTableName)} keepMounted={false}>
            <Tabs.List>
              {COMP_TABLES.map(({ table, title }) => (
                <Tabs.Tab key={table} value={table}>
                  <Group gap={4} wrap="nowrap">
                    {title}
                    {editedIn(table) > 0 ? (
                      <Badge
                        size="xs"
                        variant="light"
                        color="orange"
                        aria-label={`${editedIn(table)} edited`}
                      >
                        {editedIn(table)}
                      </Badge>
                    ) : null}
                  </Group>
                </Tabs.Tab>
              ))}
            </Tabs.List>
            {COMP_TABLES.map(({ table, title, description }) => (
              <Tabs.Panel key={table} value={table} pt="sm">
                <Stack gap="xs">
                  <Text size="xs" c="dimmed">
                    {description}
                  </Text>
                  <CompDataTable table={table} title={title} rows={data[table]} sources={data.sources} />
                </Stack>
              </Tabs.Panel>
            ))}
          </Tabs>
          <Modal
            opened={confirming}
            onClose={() => setConfirming(false)}
            title="Reset all pay data?"
            centered
          >
            <Stack gap="md">
              <Text size="sm">
                {`Every edited row (${edited}) goes back to the figures, years and dates Reqdesk shipped with. Your edits cannot be brought back.`}
              </Text>
              {resetAllError ? <ErrorAlert title="The pay data was not reset" error={resetAllError} /> : null}
              <Group justify="flex-end" gap="xs">
                <Button variant="default" onClick={() => setConfirming(false)}>
                  Cancel
                </Button>
                <Button color="red" onClick={() => void resetAll()}>
                  Reset all
                </Button>
              </Group>
            </Stack>
          </Modal>
        </>
      )}
    </Stack>
  );
}
