import { Stack, Text, Title } from '@mantine/core';
import type { ReactNode } from 'react';

interface AreaPageProps {
  /** The area's name: the page's one h1. */
  title: string;
  /** A sentence under the heading saying what the area is for. */
  lead?: ReactNode;
  children?: ReactNode;
  /** Width of the content: "reading" (the default) for text and forms, "wide" for workbenches with panes. */
  width?: 'reading' | 'wide';
}

/** The frame of every area: its h1, a short lead, then the content. */
export function AreaPage({ title, lead, children, width = 'reading' }: AreaPageProps) {
  return (
    <Stack gap="lg" maw={width === 'wide' ? 1600 : 880}>
      <Stack gap={4}>
        <Title order={1} size="h2">
          {title}
        </Title>
        {lead ? <Text c="dimmed">{lead}</Text> : null}
      </Stack>
      {children}
    </Stack>
  );
}
