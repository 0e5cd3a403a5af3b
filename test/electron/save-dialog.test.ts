import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { folderOf, saveDialogOptions } from '../../electron/main/save-dialog';

describe('save dialog for document exports', () => {
  it('suggests the file name in the folder last used, offers the file kind and confirms overwrites', () => {
    const options = saveDialogOptions(
      {
        suggestedName: 'Interview questions.docx',
        filters: [{ name: 'Word document', extensions: ['docx'] }],
      },
      '/home/zoe/Documents',
    );
    expect(options).toEqual({
      title: 'Save document',
      buttonLabel: 'Save',
      defaultPath: path.join('/home/zoe/Documents', 'Interview questions.docx'),
      filters: [{ name: 'Word document', extensions: ['docx'] }],
      properties: ['createDirectory', 'showOverwriteConfirmation'],
    });
  });

  it('never lets a suggested name climb out of the folder', () => {
    const options = saveDialogOptions(
      { suggestedName: '../../etc/passwd.pdf', filters: [] },
      '/home/zoe/Documents',
    );
    expect(options.defaultPath).toBe(path.join('/home/zoe/Documents', 'passwd.pdf'));
  });

  it('remembers the folder of the file just saved', () => {
    expect(folderOf('/home/zoe/Exports/Loop.pdf')).toBe('/home/zoe/Exports');
  });
});
