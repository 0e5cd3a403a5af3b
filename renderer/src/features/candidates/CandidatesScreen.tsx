import { Button, Group, Loader, NativeSelect, Paper, Table, Text, VisuallyHidden } from '@mantine/core';
import { IconBriefcase, IconPlus, IconUsers } from '@tabler/icons-react';
import { AreaEmptyState } from '../../ui/AreaEmptyState';
import { AreaPage } from '../../ui/AreaPage';
import { ErrorAlert } from '../../ui/ErrorAlert';
import { readError } from '../../ui/query';
import { openRoute, useAreaRoute } from '../../ui/router';
import { homeRoute, routeHref } from '../../ui/routes';
import { BackupErasureOffer } from '../backup';
import { DebriefScreen } from '../debrief';
import { ImportExchangeButton } from '../exchange';
import { CandidateFormModal } from './CandidateFormModal';
import { CandidatePage } from './CandidatePage';
import { CandidateRow } from './CandidateRow';
import { useCandidatesStore } from './candidates-store';
import { DeleteCandidateModal } from './DeleteCandidateModal';
import { CANDIDATE_PAGE, useCandidateList, useCandidateRoles } from './queries';

const LEAD = 'The people in your pipeline, the role each is up for, and where they stand.';

/** The Candidates area: the list, a candidate's page, or their debrief, as the address says. */
export function CandidatesScreen() {
  const route = useAreaRoute('candidates');
  if (route.view === 'debrief')
    return (
      <DebriefScreen
        candidateId={route.id}
        backHref={routeHref({ area: 'candidates', view: 'candidate', id: route.id })}
      />
    );
  if (route.view === 'candidate') return <CandidatePage candidateId={route.id} />;
  return <CandidateList />;
}

function CandidateList() {
  const roleFilter = useCandidatesStore((s) => s.roleFilter);
  const listQuery = useCandidateList(roleFilter);
  const rolesQuery = useCandidateRoles();
  // A list that could not be read shows as empty under its error, as the roles still can.
  const list = listQuery.data ?? (listQuery.isError ? [] : null);
  const roles = rolesQuery.data ?? null;
  const writeError = useCandidatesStore((s) => s.error);
  const error = writeError ?? readError(listQuery) ?? readError(rolesQuery);
  const notice = useCandidatesStore((s) => s.notice);
  const justDeleted = useCandidatesStore((s) => s.justDeleted);
  const clearJustDeleted = useCandidatesStore((s) => s.clearJustDeleted);
  const store = useCandidatesStore.getState;

  const errorAlert = error ? (
    <ErrorAlert
      title="That did not work"
      error={error}
      onClose={writeError ? () => store().clearError() : undefined}
    />
  ) : null;
  const noticeAlert = notice ? (
    <Paper withBorder radius="md" px="md" py="xs" role="status" aria-live="polite">
      <Group justify="space-between" gap="xs">
        <Text size="sm">{notice}</Text>
        <Button size="compact-xs" variant="subtle" onClick={() => store().clearNotice()}>
          Dismiss
        </Button>
      </Group>
    </Paper>
  ) : null;

  // Shown whatever the list looks like: deleting the last candidate empties it.
  const erasureOffer = <BackupErasureOffer candidate={justDeleted} onClose={clearJustDeleted} />;

  if (list === null || roles === null) {
    return (
      <AreaPage title="Candidates" lead={LEAD}>
        {errorAlert}
        {error ? null : <Loader aria-label="Loading candidates" />}
        {erasureOffer}
      </AreaPage>
    );
  }

  if (list.length === 0 && roleFilter === null) {
    return (
      <AreaPage title="Candidates" lead={LEAD}>
        {errorAlert}
        {noticeAlert}
        <AreaEmptyState
          icon={IconUsers}
          title="No candidates yet"
          description={
            roles.length === 0
              ? 'Candidates are interviewed for a role, so start with the role: capture its intake first, then add the people you are talking to.'
              : 'Add the people you are talking to, with the role they are up for, and start each round of their interviews from here.'
          }
          points={[
            'Name, contact details, where they came from and their stage',
            'Their interviews started straight from the role’s loop',
            'One delete takes them out completely: interviews, notes and scorecards',
          ]}
          actions={
            <Group gap="sm">
              {roles.length === 0 ? (
                <Button
                  leftSection={<IconBriefcase size={16} aria-hidden />}
                  onClick={() => openRoute(homeRoute('roles'))}
                >
                  Go to Roles
                </Button>
              ) : (
                <Button leftSection={<IconPlus size={16} aria-hidden />} onClick={() => store().openCreate()}>
                  Add a candidate
                </Button>
              )}
              {/* An interviewer starts here: the pack a recruiter sent brings role and candidate with it. */}
              <ImportExchangeButton />
            </Group>
          }
        />
        <CandidateFormModal />
        {erasureOffer}
      </AreaPage>
    );
  }

  const roleTitle = (id: string) => {
    const role = roles.find((r) => r.id === id);
    return role ? role.title || 'Untitled role' : 'An archived role';
  };

  return (
    <AreaPage title="Candidates" lead={LEAD} width="wide">
      {errorAlert}
      {noticeAlert}
      <Group justify="space-between" align="flex-end">
        <NativeSelect
          label="Role"
          w="20rem"
          value={roleFilter ?? ''}
          data={[
            { value: '', label: 'All roles' },
            ...roles.map((r) => ({ value: r.id, label: r.title || 'Untitled role' })),
          ]}
          onChange={(e) => store().setRoleFilter(e.currentTarget.value || null)}
        />
        <Group gap="sm">
          <ImportExchangeButton />
          <Button
            leftSection={<IconPlus size={16} aria-hidden />}
            onClick={() => store().openCreate()}
            disabled={roles.length === 0}
          >
            Add a candidate
          </Button>
        </Group>
      </Group>
      {list.length === 0 ? (
        <Paper withBorder radius="md" p="lg">
          <Text size="sm" c="dimmed">
            No candidates for {roleTitle(roleFilter ?? '')} yet.
          </Text>
        </Paper>
      ) : (
        <Paper withBorder radius="md" style={{ overflowX: 'auto' }}>
          <Table highlightOnHover verticalSpacing="sm" aria-label="Candidates">
            <Table.Thead>
              <Table.Tr>
                <Table.Th scope="col">Name</Table.Th>
                <Table.Th scope="col">Role</Table.Th>
                <Table.Th scope="col">Stage</Table.Th>
                <Table.Th scope="col">Source</Table.Th>
                <Table.Th scope="col">Interviews</Table.Th>
                <Table.Th scope="col">
                  <VisuallyHidden>Actions</VisuallyHidden>
                </Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {list.map((c) => (
                <CandidateRow key={c.id} candidate={c} roleTitle={roleTitle(c.roleId)} />
              ))}
            </Table.Tbody>
          </Table>
        </Paper>
      )}
      {list.length >= CANDIDATE_PAGE ? (
        <Text size="sm" c="dimmed">
          Showing the newest {CANDIDATE_PAGE}. Find anyone else by name with Ctrl/Cmd+K.
        </Text>
      ) : null}
      <CandidateFormModal />
      <DeleteCandidateModal />
      {erasureOffer}
    </AreaPage>
  );
}
