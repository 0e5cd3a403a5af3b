import { EmptyState, List, Paper, ThemeIcon } from '@mantine/core';
import { IconCheck, type TablerIcon } from '@tabler/icons-react';
import type { ReactNode } from 'react';

interface AreaEmptyStateProps {
  icon: TablerIcon;
  title: string;
  description: ReactNode;
  /** A few short lines on what the area will hold. */
  points?: readonly string[];
  /** Buttons, shown under the text. */
  actions?: ReactNode;
}

/** What an area shows while it has nothing in it: what will live here, in plain words. */
export function AreaEmptyState({ icon: Icon, title, description, points, actions }: AreaEmptyStateProps) {
  return (
    <Paper withBorder radius="md" p="xl">
      <EmptyState variant="light">
        <EmptyState.Indicator>
          <Icon size={28} stroke={1.6} aria-hidden />
        </EmptyState.Indicator>
        <EmptyState.Title order={2}>{title}</EmptyState.Title>
        <EmptyState.Description>{description}</EmptyState.Description>
        {points && points.length > 0 ? (
          <List
            size="sm"
            spacing={8}
            mt="xs"
            maw="32rem"
            ta="left"
            center
            icon={
              <ThemeIcon size={20} radius="xl" variant="light" aria-hidden>
                <IconCheck size={13} stroke={2.4} />
              </ThemeIcon>
            }
          >
            {points.map((point) => (
              <List.Item key={point}>{point}</List.Item>
            ))}
          </List>
        ) : null}
        {actions ? <EmptyState.Actions>{actions}</EmptyState.Actions> : null}
      </EmptyState>
    </Paper>
  );
}
