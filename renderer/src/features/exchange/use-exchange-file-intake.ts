import { useEffect } from 'react';
import { OPENED_FILE_EVENT } from '../../../../shared/opened-file';
import { call } from '../../api';
import { useExchangeImportStore } from './exchange-store';

/** Asks the desktop shell for a file opened from outside (double-click, File > Open); none in preview. */
async function takeOpenedFile(): Promise<void> {
  const opened = await call('exchange.takeOpenedFile', {});
  if (!opened.ok || !opened.value) return;
  const file = opened.value;
  const store = useExchangeImportStore.getState();
  if ('error' in file) store.showRefusal(file.fileName, file.error);
  else await store.openText(file.fileName, file.content);
}

const carriesFiles = (event: DragEvent) => event.dataTransfer?.types.includes('Files') ?? false;

/**
 * Files reach the import preview three ways besides the picker: dropped on the window (read
 * here as text; the page never navigates to a dropped file), and opened from outside, which
 * the shell keeps until asked: at start, when it says one is waiting, and on focus.
 */
export function useExchangeFileIntake(): void {
  useEffect(() => {
    const onDragOver = (event: DragEvent) => {
      if (!carriesFiles(event) || event.defaultPrevented) return;
      event.preventDefault();
      if (event.dataTransfer) event.dataTransfer.dropEffect = 'copy';
    };
    const onDrop = (event: DragEvent) => {
      // A drop zone of its own (the question bank import) has handled it already.
      if (!carriesFiles(event) || event.defaultPrevented) return;
      event.preventDefault();
      const file = event.dataTransfer?.files[0];
      if (file) void useExchangeImportStore.getState().openFile(file);
    };
    const onOpened = () => void takeOpenedFile();
    window.addEventListener('dragover', onDragOver);
    window.addEventListener('drop', onDrop);
    window.addEventListener(OPENED_FILE_EVENT, onOpened);
    window.addEventListener('focus', onOpened);
    void takeOpenedFile();
    return () => {
      window.removeEventListener('dragover', onDragOver);
      window.removeEventListener('drop', onDrop);
      window.removeEventListener(OPENED_FILE_EVENT, onOpened);
      window.removeEventListener('focus', onOpened);
    };
  }, []);
}
