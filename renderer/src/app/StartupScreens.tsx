import { Button, Center, Code, Loader, Paper, Stack, Text, ThemeIcon, Title } from '@mantine/core';
import { IconAlertTriangle, IconRefresh } from '@tabler/icons-react';
import type { AppErrorData } from '../../../shared/result';

/** While the core opens the database: usually too quick to notice. */
export function LoadingScreen() {
  return (
    <Center component="main" mih="100vh" aria-busy="true">
      <Stack align="center" gap="sm">
        <Loader aria-hidden />
        <Text role="status">Opening your workspace…</Text>
      </Stack>
    </Center>
  );
}

interface StartupErrorScreenProps {
  error: AppErrorData;
  onRetry(): void;
}

/** The core could not be reached, or refused to start: say so, with the reason and a way to retry. */
export function StartupErrorScreen({ error, onRetry }: StartupErrorScreenProps) {
  return (
    <Center component="main" mih="100vh" p="lg">
      <Paper withBorder radius="md" p="xl" maw={560} w="100%">
        <Stack gap="md">
          <ThemeIcon color="red" variant="light" size={48} radius="xl">
            <IconAlertTriangle size={28} aria-hidden />
          </ThemeIcon>
          <Stack gap="md" role="alert">
            <Title order={1} size="h2">
              Reqdesk could not start
            </Title>
            <Text>Nothing in your data was changed. This is what went wrong:</Text>
            <Code block style={{ whiteSpace: 'pre-wrap', wordBreak: 'break-word' }}>
              {error.message}
            </Code>
            <Text size="sm">Error code: {error.code}</Text>
          </Stack>
          <Button leftSection={<IconRefresh size={18} aria-hidden />} onClick={onRetry} w="fit-content">
            Try again
          </Button>
        </Stack>
      </Paper>
    </Center>
  );
}
