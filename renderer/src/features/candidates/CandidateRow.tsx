import { ActionIcon, Anchor, Badge, Button, Group, Menu, Table, Text, Tooltip } from '@mantine/core';
import { IconMicrophone, IconPencil, IconTrash } from '@tabler/icons-react';
import { useState } from 'react';
import { type CandidateListItem, candidateStageLabels } from '../../../../shared/candidates';
import { openRoute } from '../../ui/router';
import { routeHref } from '../../ui/routes';
import { useCandidatesStore } from './candidates-store';
import { useRounds } from './queries';

/** One candidate in the list, with starting an interview, editing and deleting at hand. */
export function CandidateRow({
  candidate: c,
  roleTitle,
}: {
  candidate: CandidateListItem;
  roleTitle: string;
}) {
  const store = useCandidatesStore.getState;
  const contact = [c.email, c.phone].filter(Boolean).join(' · ');
  return (
    <Table.Tr data-candidate-id={c.id}>
      <Table.Th scope="row" fw={500}>
        <Anchor size="sm" fw={600} href={routeHref({ area: 'candidates', view: 'candidate', id: c.id })}>
          {c.name}
        </Anchor>
        {contact ? (
          <Text size="xs" c="dimmed">
            {contact}
          </Text>
        ) : null}
      </Table.Th>
      <Table.Td>{roleTitle}</Table.Td>
      <Table.Td>
        <Badge
          variant="light"
          color={c.stage === 'rejected' || c.stage === 'withdrawn' ? 'gray' : 'blue'}
          // A squeezed column must not cut the stage to "INTERVIE…": the badge keeps its width.
          miw="max-content"
        >
          {candidateStageLabels[c.stage]}
        </Badge>
      </Table.Td>
      <Table.Td>
        {c.source || (
          <Text span c="dimmed">
            –
          </Text>
        )}
      </Table.Td>
      <Table.Td>
        {c.interviewCount}
        {c.submittedScorecards > 0 ? (
          <Text span size="xs" c="dimmed">
            {' '}
            ({c.submittedScorecards} scored)
          </Text>
        ) : null}
      </Table.Td>
      <Table.Td>
        <Group gap={4} justify="flex-end" wrap="nowrap">
          <StartInterviewMenu candidate={c} />
          <Tooltip label="Edit">
            <ActionIcon
              variant="subtle"
              color="gray"
              aria-label={`Edit ${c.name}`}
              onClick={() => store().openEdit(c)}
            >
              <IconPencil size={16} aria-hidden />
            </ActionIcon>
          </Tooltip>
          <Tooltip label="Delete">
            <ActionIcon
              variant="subtle"
              color="red"
              aria-label={`Delete ${c.name}`}
              onClick={() => store().askDelete(c)}
            >
              <IconTrash size={16} aria-hidden />
            </ActionIcon>
          </Tooltip>
        </Group>
      </Table.Td>
    </Table.Tr>
  );
}

/** The rounds of the candidate's role; picking one hands over to the live interview screen. */
function StartInterviewMenu({ candidate }: { candidate: CandidateListItem }) {
  const [opened, setOpened] = useState(false);
  const roundsQuery = useRounds(candidate.roleId, opened);
  const rounds = roundsQuery.data;
  return (
    <Menu position="bottom-end" withinPortal opened={opened} onChange={setOpened}>
      <Menu.Target>
        <Button
          size="compact-sm"
          variant="light"
          leftSection={<IconMicrophone size={14} aria-hidden />}
          aria-label={`Start an interview with ${candidate.name}`}
        >
          Start interview
        </Button>
      </Menu.Target>
      <Menu.Dropdown>
        <Menu.Label>Which round?</Menu.Label>
        {roundsQuery.isPending ? <Menu.Item disabled>Loading the loop…</Menu.Item> : null}
        {roundsQuery.isError ? <Menu.Item disabled>{roundsQuery.error.message}</Menu.Item> : null}
        {rounds?.map((round) => (
          <Menu.Item
            key={round.id}
            onClick={() => {
              openRoute({ area: 'interviews', view: 'start', candidateId: candidate.id, roundId: round.id });
            }}
          >
            {round.name}
          </Menu.Item>
        ))}
      </Menu.Dropdown>
    </Menu>
  );
}
