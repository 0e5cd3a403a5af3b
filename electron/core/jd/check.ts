import type { z } from 'zod';
import { flattenJd, runJdChecks, splitJdText } from '../../../shared/domain/jd';
import type { JdCheckResult, JdImportResult, jdCheckInput } from '../../../shared/jd';
import { AppError } from '../errors';
import { jdCheckData } from './data';
import { readJdFile } from './read-file';

export type JdCheckRequest = z.output<typeof jdCheckInput>;

/** Checks a JD against the shipped word lists; `today` decides which pay laws are in force. */
export function checkJd(input: JdCheckRequest, today: Date): JdCheckResult {
  const document = input.document ?? splitJdText(input.text ?? '');
  const flat = flattenJd(document);
  const report = runJdChecks(document, {
    location: input.location ?? null,
    workMode: input.workMode,
    archetype: input.archetype,
    level: input.level,
    stack: input.stack,
    payBand: input.payBand,
    asOf: today.toISOString().slice(0, 10),
    data: jdCheckData(),
  });
  return { report, document, text: flat.text, sections: flat.sections };
}

/** Reads an uploaded file (base64 from the renderer) and splits it into sections. */
export async function importJdFile(input: { name: string; base64: string }): Promise<JdImportResult> {
  const bytes = Buffer.from(input.base64, 'base64');
  if (bytes.byteLength === 0 && input.base64.length > 0)
    throw new AppError('bad_input', 'The file contents are not valid base64.');
  const file = await readJdFile(input.name, bytes);
  return { ...file, document: splitJdText(file.text) };
}
