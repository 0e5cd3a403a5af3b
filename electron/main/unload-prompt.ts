import type { MessageBoxSyncOptions } from 'electron';

/**
 * What the window asks when it is closed while an edit is still on its way to the database
 * (the renderer's beforeunload handler holds the close). Electron does not ask by itself: it
 * only cancels the close, so a click on the close button would seem to do nothing.
 */
export const UNSAVED_CHANGES_DIALOG: MessageBoxSyncOptions = {
  type: 'question',
  title: 'Changes still saving',
  message: 'The last changes are still being saved.',
  detail: 'Stay a moment and they are saved; close now and the last few seconds of typing may be lost.',
  buttons: ['Stay', 'Close anyway'],
  defaultId: 0,
  cancelId: 0,
  noLink: true,
};

/** Whether the button clicked in UNSAVED_CHANGES_DIALOG lets the window close. */
export const closeChosen = (response: number): boolean => response === 1;
