import { Center, Divider, Group, Loader, Paper, Stack, Title } from '@mantine/core';
import { IconDeviceDesktop, IconMoon, IconSun } from '@tabler/icons-react';
import type { ReactNode } from 'react';
import type { Settings } from '../../../../shared/settings';
import { AreaPage } from '../../ui/AreaPage';
import { DataSection } from '../backup';
import { CompDataSection } from '../comp';
import { useSettings } from './queries';
import { SegmentedSetting } from './SegmentedSetting';
import { useSettingsStore } from './settings-store';

const withIcon = (icon: ReactNode, text: string) => (
  <Group gap={6} wrap="nowrap" justify="center">
    {icon}
    <span>{text}</span>
  </Group>
);

const THEME_OPTIONS: { value: Settings['theme']; label: ReactNode }[] = [
  { value: 'system', label: withIcon(<IconDeviceDesktop size={16} aria-hidden />, 'System') },
  { value: 'light', label: withIcon(<IconSun size={16} aria-hidden />, 'Light') },
  { value: 'dark', label: withIcon(<IconMoon size={16} aria-hidden />, 'Dark') },
];

const PAGE_SIZE_OPTIONS: { value: Settings['pageSize']; label: string }[] = [
  { value: 'letter', label: 'Letter' },
  { value: 'a4', label: 'A4' },
];

function Section({ title, children }: { title: string; children: ReactNode }) {
  return (
    <Paper withBorder radius="md" p="lg" component="section">
      <Stack gap="md">
        <Title order={2} size="h4">
          {title}
        </Title>
        <Divider />
        {children}
      </Stack>
    </Paper>
  );
}

export function SettingsScreen() {
  const settings = useSettings();
  const saveErrors = useSettingsStore((state) => state.saveErrors);
  const change = useSettingsStore((state) => state.change);
  const dismissError = useSettingsStore((state) => state.dismissError);

  return (
    <AreaPage title="Settings" lead="Make Reqdesk yours. Changes are saved as soon as you make them.">
      {settings ? (
        <>
          <Section title="Appearance">
            <SegmentedSetting
              label="Theme"
              description="Follow your computer's light or dark mode, or choose one to keep."
              value={settings.theme}
              options={THEME_OPTIONS}
              onChange={(value) => void change({ key: 'theme', value })}
              error={saveErrors.theme}
              errorTitle="The theme could not be saved"
              onDismissError={() => dismissError('theme')}
            />
          </Section>
          <Section title="Exports">
            <SegmentedSetting
              label="Page size for exports"
              description="Used for the job descriptions, kits and scorecards you save as Word or PDF."
              value={settings.pageSize}
              options={PAGE_SIZE_OPTIONS}
              onChange={(value) => void change({ key: 'pageSize', value })}
              error={saveErrors.pageSize}
              errorTitle="The page size could not be saved"
              onDismissError={() => dismissError('pageSize')}
            />
          </Section>
          <Section title="Pay data">
            <CompDataSection />
          </Section>
          <Section title="Data">
            <DataSection />
          </Section>
        </>
      ) : (
        <Center py="xl">
          <Loader aria-label="Loading settings" />
        </Center>
      )}
    </AreaPage>
  );
}
