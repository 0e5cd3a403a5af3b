import fs from 'node:fs';
import path from 'node:path';
import { run } from '../documents/tools';

/** Calc's CSV filter: comma, double quote, UTF-8, from line 1 (as a person opens our export). */
const CSV_FILTER = '44,34,76,1';

/** Replaces the text of the one spreadsheet cell that reads `from` in an .ods file, as a person typing in Calc would. */
const EDIT_CELL = `
import sys, zipfile, shutil
from xml.sax.saxutils import escape
src, old, new = sys.argv[1], sys.argv[2], sys.argv[3]
tmp = src + '.edited'
with zipfile.ZipFile(src) as zin, zipfile.ZipFile(tmp, 'w') as zout:
    for item in zin.infolist():
        data = zin.read(item.filename)
        if item.filename == 'content.xml':
            text = data.decode('utf-8')
            target = '<text:p>' + escape(old) + '</text:p>'
            if text.count(target) != 1:
                sys.exit('expected one cell reading the old text, found %d' % text.count(target))
            data = text.replace(target, '<text:p>' + escape(new) + '</text:p>').encode('utf-8')
        # The mimetype entry stays first and stored, as ODF requires.
        kind = zipfile.ZIP_STORED if item.filename == 'mimetype' else zipfile.ZIP_DEFLATED
        zout.writestr(item, data, compress_type=kind)
shutil.move(tmp, src)
`;

/**
 * Opens a CSV in LibreOffice Calc, changes one cell's text in the spreadsheet and saves it as
 * CSV again with Calc's own writer: the file a colleague sends back after editing our export.
 */
export function editCsvInCalc(csv: string, dir: string, from: string, to: string): string {
  const profile = `-env:UserInstallation=file://${path.join(dir, 'lo-profile')}`;
  const source = path.join(dir, 'bank.csv');
  fs.writeFileSync(source, csv);
  const sheetDir = path.join(dir, 'sheet');
  run(
    'soffice',
    [
      profile,
      '--headless',
      `--infilter=CSV:${CSV_FILTER}`,
      '--convert-to',
      'ods',
      '--outdir',
      sheetDir,
      source,
    ],
    { timeout: 180_000 },
  );
  const ods = path.join(sheetDir, 'bank.ods');
  run('python', ['-c', EDIT_CELL, ods, from, to]);
  const backDir = path.join(dir, 'back');
  run(
    'soffice',
    [
      profile,
      '--headless',
      '--convert-to',
      `csv:Text - txt - csv (StarCalc):${CSV_FILTER}`,
      '--outdir',
      backDir,
      ods,
    ],
    { timeout: 180_000 },
  );
  return fs.readFileSync(path.join(backDir, 'bank.csv'), 'utf8');
}
