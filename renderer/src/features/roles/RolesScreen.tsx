import { Button, Center, Group, Loader, Stack, Tabs, Text, Title } from '@mantine/core';
import { IconBriefcase, IconPlus } from '@tabler/icons-react';
import { useEffect } from 'react';
import type { RoleSpec } from '../../../../shared/roles';
import { AreaEmptyState } from '../../ui/AreaEmptyState';
import { AreaPage } from '../../ui/AreaPage';
import { ErrorAlert } from '../../ui/ErrorAlert';
import { readError } from '../../ui/query';
import { currentRoute, replaceRoute, useAreaRoute } from '../../ui/router';
import { routeHref } from '../../ui/routes';
import { SaveStatus } from '../../ui/SaveStatus';
import { isTextEntry } from '../../ui/text-entry';
import { UndoToast } from '../../ui/UndoToast';
import { useSaveBeforeLeaving } from '../../ui/use-save-before-leaving';
import { useUndoHotkey } from '../../ui/use-undo-hotkey';
import { CompPanel, useCompAdvice } from '../comp';
import { ConflictsButton, ExportFileButton, ImportExchangeButton } from '../exchange';
import { LoopTab } from '../kits';
import { IntakeForm } from './IntakeForm';
import { IntakeProgress } from './IntakeProgress';
import { useRoleList } from './queries';
import { RoleList } from './RoleList';
import { useRoleSlots } from './role-slots';
import classes from './roles.module.css';
import { hasUnsavedRoleEdits, type RoleTab, roleTabs, useRolesStore } from './roles-store';

export function RolesScreen() {
  const list = useRoleList();
  const listEmpty = list.data?.length === 0;
  const listError = readError(list);
  const actionError = useRolesStore((s) => s.actionError);
  const selectedId = useRolesStore((s) => s.selectedId);
  // Primitives only: the role object is replaced after every save, and a new object here
  // would re-render the whole intake form each time.
  const roleId = useRolesStore((s) => s.role?.id ?? null);
  const roleCreatedAt = useRolesStore((s) => s.role?.createdAt ?? null);
  const roleArchived = useRolesStore((s) => Boolean(s.role?.archivedAt));
  const hasDraft = useRolesStore((s) => s.draft !== null);
  const roleError = useRolesStore((s) => s.roleError);
  const deleted = useRolesStore((s) => s.deleted);
  const tab = useRolesStore((s) => s.tab);
  const store = useRolesStore.getState;
  const { JdTab, ImportJdButton, ImportJdModal, ImportTodoAlert } = useRoleSlots();

  useRoleFollowsAddress();
  useRoleHotkeys();
  useSaveBeforeLeaving(hasUnsavedRoleEdits, useRolesStore);

  const undo = deleted ? (
    <UndoToast
      message={`Deleted “${deleted.title || 'Untitled role'}”`}
      onUndo={() => void store().undoDelete()}
      onDismiss={() => store().dismissUndo()}
    />
  ) : null;

  // Until the first list is read it is not known which page to show (a first intake, or the
  // list): a button pressed on the wrong one would be gone before it acted.
  if (list.isPending) {
    return (
      <AreaPage title="Roles">
        <Center p="xl">
          <Loader aria-label="Loading roles" />
        </Center>
      </AreaPage>
    );
  }

  if (listEmpty && !selectedId && !store().listText && store().listStatus.length === 0) {
    return (
      <AreaPage
        title="Roles"
        lead="Role specs from your intake calls, and the job descriptions made from them."
      >
        {listError ? <ErrorAlert title="Roles could not be loaded" error={listError} /> : null}
        {actionError ? (
          <ErrorAlert
            title="That did not work"
            error={actionError}
            onClose={() => store().dismissActionError()}
          />
        ) : null}
        <AreaEmptyState
          icon={IconBriefcase}
          title="No roles yet"
          description="When a hiring manager walks you through a new opening, capture it here. Reqdesk turns each spec into a job description you can check and send."
          points={[
            'The service the hire will own, the stack, level, team and pay band',
            'A comp advisor that shows where its band comes from',
            'Everything saved as you type',
          ]}
          actions={
            <Group gap="sm">
              <Button leftSection={<IconPlus size={16} aria-hidden />} onClick={() => void store().create()}>
                Start an intake
              </Button>
              <ImportJdButton variant="default" />
            </Group>
          }
        />
        {undo}
        <ImportJdModal />
      </AreaPage>
    );
  }

  return (
    <AreaPage title="Roles" width="wide">
      {actionError ? (
        <ErrorAlert
          title="That did not work"
          error={actionError}
          onClose={() => store().dismissActionError()}
        />
      ) : listError ? (
        <ErrorAlert title="Roles could not be loaded" error={listError} />
      ) : null}
      <div className={classes.layout} data-tab={tab}>
        <div className={classes.sticky}>
          <RoleList />
        </div>
        <div className={tab === 'intake' ? undefined : classes.wideTab}>
          {hasDraft && roleId ? <RoleTabs /> : null}
          {roleError ? <ErrorAlert title="This role could not be opened" error={roleError} /> : null}
          {selectedId && !hasDraft && !roleError ? (
            <Center p="xl">
              <Loader aria-label="Loading the role" />
            </Center>
          ) : null}
          {!selectedId ? (
            <Stack gap="xs" p="lg">
              <Title order={2} size="h4">
                Pick a role, or start a new intake
              </Title>
              <Text c="dimmed" size="sm">
                Press N for a new role. Every field saves itself as you type.
              </Text>
            </Stack>
          ) : null}
          {hasDraft && roleId && tab === 'jd' ? <JdTab roleId={roleId} /> : null}
          {hasDraft && roleId && tab === 'loop' ? <LoopTab roleId={roleId} /> : null}
          {hasDraft && roleId && tab === 'intake' ? (
            <Stack gap="sm">
              <Group justify="space-between">
                <Text size="sm" c="dimmed">
                  {roleArchived ? 'Archived. ' : ''}Created{' '}
                  {roleCreatedAt ? new Date(roleCreatedAt).toLocaleDateString() : ''}
                </Text>
                <Group gap="xs">
                  <ExportFileButton label="Export role bundle" input={{ kind: 'role-bundle', roleId }} />
                  <ImportExchangeButton />
                  <ConflictsButton roleId={roleId} />
                  <IntakeSaveStatus />
                </Group>
              </Group>
              <ImportTodoAlert roleId={roleId} />
              <IntakeForm key={roleId} />
            </Stack>
          ) : null}
        </div>
        {hasDraft && tab === 'intake' ? <SidePanel /> : null}
      </div>
      {undo}
      <ImportJdModal />
    </AreaPage>
  );
}

const TAB_LABELS: Record<RoleTab, string> = {
  intake: 'Intake',
  jd: 'Job description',
  loop: 'Loop and kits',
};

/** Intake, job description, loop: the three views of one role. */
function RoleTabs() {
  const tab = useRolesStore((s) => s.tab);
  return (
    <Tabs value={tab} onChange={(next) => next && useRolesStore.getState().setTab(next as RoleTab)} mb="sm">
      <Tabs.List>
        {roleTabs.map((t) => (
          <Tabs.Tab key={t} value={t}>
            {TAB_LABELS[t]}
          </Tabs.Tab>
        ))}
      </Tabs.List>
    </Tabs>
  );
}

/** The intake's save status, subscribed here so a change of it re-renders this line, not the form. */
function IntakeSaveStatus() {
  const state = useRolesStore((s) => s.saveState);
  const unsavedFields = useRolesStore((s) => Object.keys(s.fieldErrors).length);
  return <SaveStatus state={state} unsavedFields={unsavedFields} />;
}

/** Beside the form: how far the intake is, and the comp advice for it as typed. */
function SidePanel() {
  const draft = useRolesStore((s) => s.draft);
  const roleId = useRolesStore((s) => s.role?.id ?? null);
  const stored = useRolesStore((s) => s.role?.spec ?? null);
  const fieldErrors = useRolesStore((s) => s.fieldErrors);
  // A value that cannot be saved yet is not advised on either: the stored one stands in.
  const valid =
    draft && stored
      ? {
          ...draft,
          ...Object.fromEntries(Object.keys(fieldErrors).map((f) => [f, stored[f as keyof RoleSpec]])),
        }
      : null;
  const { advice, error } = useCompAdvice(valid);
  if (!draft) return null;
  return (
    <Stack gap="md" className={`${classes.side} ${classes.sticky}`}>
      <IntakeProgress spec={draft} roleId={roleId} />
      <CompPanel advice={advice} error={error} />
    </Stack>
  );
}

/**
 * Opens the role and tab the address names, now and whenever it changes (Back, a link, the
 * palette). The roles area's own address (`#/roles`) comes back to the role open last.
 */
function useRoleFollowsAddress(): void {
  const route = useAreaRoute('roles');
  useEffect(() => {
    // Only the address as it is now acts: one that has moved on since this render (a role
    // picked in the list, another area) runs this again or unmounts the screen.
    if (routeHref(currentRoute()) !== routeHref(route)) return;
    const roles = useRolesStore.getState();
    if (route.view === 'role') void roles.select(route.id, route.tab);
    else if (roles.selectedId) {
      replaceRoute({ area: 'roles', view: 'role', id: roles.selectedId, tab: roles.tab });
    }
  }, [route]);
  useEffect(
    () => () => {
      // Leaving the area: whatever was typed last is saved, not dropped.
      void useRolesStore.getState().flush();
    },
    [],
  );
}

/** Ctrl/Cmd+Z outside text fields: the role just deleted, while its Undo is offered. */
function undoRoleDelete(): boolean {
  const store = useRolesStore.getState();
  if (!store.deleted) return false;
  void store.undoDelete();
  return true;
}

/** N starts a new role and Ctrl/Cmd+Z brings back the one just deleted, outside text fields. */
function useRoleHotkeys(): void {
  useUndoHotkey(undoRoleDelete);
  useEffect(() => {
    const onKeyDown = (event: KeyboardEvent) => {
      if (event.defaultPrevented || event.isComposing || isTextEntry(event.target)) return;
      const target = event.target instanceof Element ? event.target : null;
      if (target?.closest('[role="dialog"], [role="menu"]')) return;
      const mod = event.ctrlKey || event.metaKey;
      if (!mod && !event.altKey && event.key.toLowerCase() === 'n') {
        event.preventDefault();
        void useRolesStore.getState().create();
      }
    };
    window.addEventListener('keydown', onKeyDown);
    return () => window.removeEventListener('keydown', onKeyDown);
  }, []);
}
