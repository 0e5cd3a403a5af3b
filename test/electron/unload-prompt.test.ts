import { describe, expect, it } from 'vitest';
import { closeChosen, UNSAVED_CHANGES_DIALOG } from '../../electron/main/unload-prompt';

describe('closing the window while a save is on its way', () => {
  it('asks, with staying as the default and the answer to Escape', () => {
    const { buttons, defaultId, cancelId } = UNSAVED_CHANGES_DIALOG;
    expect(buttons?.[defaultId ?? -1]).toBe('Stay');
    expect(buttons?.[cancelId ?? -1]).toBe('Stay');
    expect(closeChosen(defaultId ?? -1)).toBe(false);
    expect(closeChosen(buttons?.indexOf('Close anyway') ?? -1)).toBe(true);
  });
});
