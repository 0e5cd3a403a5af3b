import { ActionIcon, Code, CopyButton, DataList, Group, Modal, Text, Tooltip } from '@mantine/core';
import { IconCheck, IconCopy } from '@tabler/icons-react';
import type { AppInfo } from '../../../shared/api';
import { useBootStore } from './boot-store';
import { useNavigationStore } from './navigation-store';

const TRANSPORT_LABELS: Record<AppInfo['transport'], string> = {
  electron: 'Electron (desktop app)',
  preview: 'Browser preview',
  cli: 'Command line',
};

function CopyValue({ value, label }: { value: string; label: string }) {
  return (
    <CopyButton value={value} timeout={1500}>
      {({ copied, copy }) => (
        <Tooltip label={copied ? 'Copied' : label} withArrow position="left">
          <ActionIcon
            variant="subtle"
            color={copied ? 'teal' : 'gray'}
            aria-label={label}
            onClick={copy}
            size="sm"
          >
            {copied ? <IconCheck size={16} aria-hidden /> : <IconCopy size={16} aria-hidden />}
          </ActionIcon>
        </Tooltip>
      )}
    </CopyButton>
  );
}

function schemaText(info: AppInfo): string {
  return info.schemaVersion === info.latestSchemaVersion
    ? `${info.schemaVersion} (latest)`
    : `${info.schemaVersion} (latest is ${info.latestSchemaVersion})`;
}

/** Version and install details, for support questions and peace of mind. */
export function AboutModal() {
  const opened = useNavigationStore((state) => state.aboutOpen);
  const close = useNavigationStore((state) => state.closeAbout);
  const info = useBootStore((state) => state.info);

  return (
    <Modal
      opened={opened}
      onClose={close}
      title="About Reqdesk"
      size="lg"
      centered
      closeButtonProps={{ 'aria-label': 'Close' }}
      // The modal's <header> is not the page's banner landmark.
      attributes={{ header: { role: 'none' } }}
    >
      <Text size="sm" mb="md">
        Reqdesk keeps everything in one file on this computer. Nothing leaves it unless you export it.
      </Text>
      {info ? (
        <DataList labelWidth="9rem" withDivider>
          <DataList.Item>
            <DataList.ItemLabel>Version</DataList.ItemLabel>
            <DataList.ItemValue>{info.version}</DataList.ItemValue>
          </DataList.Item>
          <DataList.Item>
            <DataList.ItemLabel>Database file</DataList.ItemLabel>
            <DataList.ItemValue>
              <Group gap="xs" wrap="nowrap" align="flex-start">
                <Code style={{ wordBreak: 'break-all' }}>{info.databasePath}</Code>
                <CopyValue value={info.databasePath} label="Copy database path" />
              </Group>
            </DataList.ItemValue>
          </DataList.Item>
          <DataList.Item>
            <DataList.ItemLabel>Schema version</DataList.ItemLabel>
            <DataList.ItemValue>{schemaText(info)}</DataList.ItemValue>
          </DataList.Item>
          <DataList.Item>
            <DataList.ItemLabel>SQLite version</DataList.ItemLabel>
            <DataList.ItemValue>{info.sqliteVersion}</DataList.ItemValue>
          </DataList.Item>
          <DataList.Item>
            <DataList.ItemLabel>Install ID</DataList.ItemLabel>
            <DataList.ItemValue>
              <Group gap="xs" wrap="nowrap" align="flex-start">
                <Code style={{ wordBreak: 'break-all' }}>{info.installId}</Code>
                <CopyValue value={info.installId} label="Copy install ID" />
              </Group>
            </DataList.ItemValue>
          </DataList.Item>
          <DataList.Item>
            <DataList.ItemLabel>Running in</DataList.ItemLabel>
            <DataList.ItemValue>{TRANSPORT_LABELS[info.transport]}</DataList.ItemValue>
          </DataList.Item>
        </DataList>
      ) : (
        <Text size="sm">The details are not available yet.</Text>
      )}
    </Modal>
  );
}
