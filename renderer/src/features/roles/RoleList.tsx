import {
  ActionIcon,
  Badge,
  Button,
  Chip,
  Group,
  Menu,
  Stack,
  Switch,
  Text,
  TextInput,
  UnstyledButton,
} from '@mantine/core';
import { IconArchive, IconCopy, IconDots, IconPlus, IconSearch, IconTrash } from '@tabler/icons-react';
import { labels } from '../../../../shared/questions';
import { roleLabels } from '../../../../shared/role-labels';
import { roleStatuses } from '../../../../shared/roles';
import { useRoleList } from './queries';
import { useRoleSlots } from './role-slots';
import classes from './roles.module.css';
import { useRolesStore } from './roles-store';

/** The roles, newest change first, with search, status filters and the actions on each. */
export function RoleList() {
  const list = useRoleList().data ?? null;
  const text = useRolesStore((s) => s.listText);
  const statuses = useRolesStore((s) => s.listStatus);
  const showArchived = useRolesStore((s) => s.showArchived);
  const selectedId = useRolesStore((s) => s.selectedId);
  const store = useRolesStore.getState;
  const { ImportJdButton } = useRoleSlots();
  const filtered = text.trim() !== '' || statuses.length > 0;

  return (
    <Stack gap="sm" component="nav" aria-label="Roles">
      <Button
        leftSection={<IconPlus size={16} aria-hidden />}
        onClick={() => void store().create()}
        aria-keyshortcuts="N"
        title="New role (N)"
      >
        New role
      </Button>
      <ImportJdButton variant="subtle" size="compact-sm" />
      <TextInput
        aria-label="Search roles"
        placeholder="Search roles"
        leftSection={<IconSearch size={14} aria-hidden />}
        value={text}
        onChange={(e) => store().setListText(e.currentTarget.value)}
      />
      <Group gap={4} role="group" aria-label="Filter by status">
        {roleStatuses.map((status) => (
          <Chip
            key={status}
            size="xs"
            checked={statuses.includes(status)}
            onChange={() => store().toggleStatus(status)}
          >
            {roleLabels.status[status]}
          </Chip>
        ))}
      </Group>
      <Switch
        size="xs"
        label="Show archived"
        checked={showArchived}
        onChange={(e) => store().setShowArchived(e.currentTarget.checked)}
      />
      {list === null ? null : list.length === 0 ? (
        <Text size="sm" c="dimmed">
          {filtered ? 'No role matches.' : 'No roles yet.'}
        </Text>
      ) : (
        <Stack gap={2} component="ul" p={0} m={0} style={{ listStyle: 'none' }}>
          {list.map((role) => (
            <li key={role.id}>
              <Group gap={2} wrap="nowrap">
                <UnstyledButton
                  className={classes.listItem}
                  aria-current={role.id === selectedId ? 'true' : undefined}
                  onClick={() => void store().select(role.id)}
                >
                  <Text size="sm" fw={500} lineClamp={1}>
                    {role.title || 'Untitled role'}
                  </Text>
                  <Text size="xs" c="dimmed" lineClamp={1}>
                    {[role.company, role.level ? labels.level[role.level] : null]
                      .filter(Boolean)
                      .join(' · ') || '\u00a0'}
                  </Text>
                  <Group gap={4} mt={2}>
                    <Badge size="xs" variant="light">
                      {roleLabels.status[role.status]}
                    </Badge>
                    {role.archivedAt ? (
                      <Badge size="xs" color="gray" variant="outline">
                        Archived
                      </Badge>
                    ) : null}
                  </Group>
                </UnstyledButton>
                <RoleMenu id={role.id} title={role.title} archived={role.archivedAt !== null} />
              </Group>
            </li>
          ))}
        </Stack>
      )}
    </Stack>
  );
}

function RoleMenu({ id, title, archived }: { id: string; title: string; archived: boolean }) {
  const store = useRolesStore.getState;
  return (
    <Menu position="bottom-end" withinPortal>
      <Menu.Target>
        <ActionIcon variant="subtle" color="gray" aria-label={`Actions for ${title || 'untitled role'}`}>
          <IconDots size={16} />
        </ActionIcon>
      </Menu.Target>
      <Menu.Dropdown>
        <Menu.Item leftSection={<IconCopy size={14} />} onClick={() => void store().duplicate(id)}>
          Duplicate as a new draft
        </Menu.Item>
        <Menu.Item
          leftSection={<IconArchive size={14} />}
          onClick={() => void store().setArchived(id, !archived)}
        >
          {archived ? 'Unarchive' : 'Archive'}
        </Menu.Item>
        <Menu.Item color="red" leftSection={<IconTrash size={14} />} onClick={() => void store().remove(id)}>
          Delete
        </Menu.Item>
      </Menu.Dropdown>
    </Menu>
  );
}
