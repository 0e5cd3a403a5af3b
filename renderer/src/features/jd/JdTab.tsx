import { Alert, Button, Center, Group, Loader, Modal, Stack, Switch, Text } from '@mantine/core';
import { useEffect } from 'react';
import { useShallow } from 'zustand/react/shallow';
import { ErrorAlert } from '../../ui/ErrorAlert';
import { SaveStatus } from '../../ui/SaveStatus';
import { UndoToast } from '../../ui/UndoToast';
import { useSaveBeforeLeaving } from '../../ui/use-save-before-leaving';
import { useUndoHotkey } from '../../ui/use-undo-hotkey';
import { useRolesStore } from '../roles';
import { JdChecksPanel } from './JdChecksPanel';
import { JdExportMenu } from './JdExportMenu';
import { JdPreview } from './JdPreview';
import { JdSectionEditor, sectionName } from './JdSectionEditor';
import { JdVersions } from './JdVersions';
import classes from './jd.module.css';
import { hasUnsavedJdEdits, useJdStore } from './jd-store';
import { sectionSpanOf } from './jd-text';
import { selectInSection } from './section-inputs';

/**
 * The "Job description" tab of a role: the JD made from the spec, one editor per
 * section with its writing notes, the checks beside it as you type, a preview as it will
 * export, and export with a snapshot per export.
 */
export function JdTab({ roleId }: { roleId: string }) {
  // Ids only: the JD object is replaced after every save, and a new one here would re-render
  // every section editor, the preview and the checks at each typing pause.
  const loadedFor = useJdStore((s) => s.jd?.roleId ?? null);
  const sectionIds = useJdStore(useShallow((s) => s.jd?.sections.map((section) => section.id) ?? []));
  const loadError = useJdStore((s) => s.loadError);

  useEffect(() => {
    void useJdStore.getState().open(roleId);
    return () => {
      void useJdStore.getState().close();
    };
  }, [roleId]);

  useJdHotkeys();
  useSaveBeforeLeaving(hasUnsavedJdEdits, useJdStore);

  if (loadError) return <ErrorAlert title="The job description could not be opened" error={loadError} />;
  if (loadedFor !== roleId) {
    return (
      <Center p="xl">
        <Loader aria-label="Loading the job description" />
      </Center>
    );
  }

  return (
    <Stack gap="md">
      <Group justify="space-between">
        <JdSaveStatus />
        <JdExportMenu roleId={roleId} />
      </Group>
      <JdNotice />
      <div className={classes.workspace}>
        <Stack gap="md">
          {sectionIds.map((id) => (
            <JdSectionEditor key={id} sectionId={id} />
          ))}
          <PreviewToggle />
        </Stack>
        <Stack gap="md" className={classes.side}>
          <LiveChecks />
          <JdVersions />
        </Stack>
      </div>
      <ConfirmRegenerate />
      <RegenerateUndo />
    </Stack>
  );
}

function JdSaveStatus() {
  const saveState = useJdStore((s) => s.saveState);
  return <SaveStatus state={saveState} unsavedFields={0} />;
}

/** What the last action said: an export done, a refusal, a JD back to draft. */
function JdNotice() {
  const notice = useJdStore((s) => s.notice);
  if (!notice) return null;
  return (
    <Alert
      color={notice.tone === 'error' ? 'red' : notice.tone === 'success' ? 'teal' : 'blue'}
      variant="light"
      role={notice.tone === 'error' ? 'alert' : 'status'}
      withCloseButton
      closeButtonLabel="Dismiss"
      onClose={() => useJdStore.getState().setNotice(null)}
    >
      {notice.message}
    </Alert>
  );
}

function RegenerateUndo() {
  const undo = useJdStore((s) => s.undo);
  if (!undo) return null;
  return (
    <UndoToast
      message={`Regenerated “${undo.heading}” from the spec`}
      onUndo={() => void useJdStore.getState().undoRegenerate()}
      onDismiss={() => useJdStore.getState().dismissUndo()}
    />
  );
}

function PreviewToggle() {
  const show = useJdStore((s) => s.showPreview);
  const sections = useJdStore((s) => s.jd?.sections);
  const drafts = useJdStore((s) => s.drafts);
  const company = useRolesStore((s) => s.role?.spec.company ?? '');
  return (
    <>
      <Switch
        label="Show the preview (as it will export)"
        checked={show}
        onChange={() => useJdStore.getState().togglePreview()}
      />
      {show && sections && drafts ? (
        <JdPreview sections={sections} drafts={drafts} company={company} />
      ) : null}
    </>
  );
}

function LiveChecks() {
  const check = useJdStore((s) => s.check);
  const checkError = useJdStore((s) => s.checkError);
  const behind = useJdStore((s) => s.check !== null && s.check.drafts !== s.drafts);
  const store = useJdStore.getState;
  if (checkError) return <ErrorAlert title="The checks did not run" error={checkError} />;
  return (
    <JdChecksPanel
      report={check?.result.report ?? null}
      text={check?.result.text ?? ''}
      checking={behind}
      onShow={(finding) => {
        if (!check) return;
        const span = sectionSpanOf(check.result, check.drafts, finding);
        if (span) selectInSection(span.sectionId, span.start, span.end);
      }}
      onApply={(finding) => void store().applyFix(finding)}
    />
  );
}

/** Regenerating a section edited by hand replaces the edits: asked first, and undoable after. */
function ConfirmRegenerate() {
  const sectionId = useJdStore((s) => s.confirmRegenerate);
  const heading = useJdStore((s) => s.jd?.sections.find((x) => x.id === sectionId)?.heading ?? '');
  const store = useJdStore.getState;
  return (
    <Modal
      opened={sectionId !== null}
      onClose={() => store().cancelRegenerate()}
      title="This section was edited by hand"
      centered
    >
      <Stack gap="sm">
        <Text size="sm">
          Regenerating “{sectionId ? sectionName(sectionId, heading) : ''}” puts text made from the spec in
          place of your edits. You can undo it straight after.
        </Text>
        <Group justify="flex-end" gap="sm">
          <Button variant="default" onClick={() => store().cancelRegenerate()} data-autofocus>
            Keep my text
          </Button>
          <Button onClick={() => sectionId && void store().regenerate(sectionId, true)}>Replace it</Button>
        </Group>
      </Stack>
    </Modal>
  );
}

/** Ctrl/Cmd+Z outside text fields: the last regenerate, while its Undo is offered. */
function undoRegenerate(): boolean {
  const store = useJdStore.getState();
  if (!store.undo) return false;
  void store.undoRegenerate();
  return true;
}

/** Ctrl/Cmd+S saves now; Ctrl/Cmd+Z outside text fields undoes the last regenerate. */
function useJdHotkeys(): void {
  useUndoHotkey(undoRegenerate);
  useEffect(() => {
    const onKeyDown = (event: KeyboardEvent) => {
      if (event.defaultPrevented || event.isComposing) return;
      const mod = event.ctrlKey || event.metaKey;
      if (!mod || event.shiftKey || event.altKey) return;
      if (event.key.toLowerCase() === 's') {
        event.preventDefault();
        void useJdStore.getState().flush();
      }
    };
    window.addEventListener('keydown', onKeyDown);
    return () => window.removeEventListener('keydown', onKeyDown);
  }, []);
}
