import { randomUUID } from 'node:crypto';
import type { DocumentModel } from '../../../shared/domain/documents/model';
import { flattenJd } from '../../../shared/domain/jd/document';
import { builderToJdText } from '../../../shared/domain/jd/generate';
import { jdDocument } from '../../../shared/domain/jd/generate/jd-document';
import { withoutPlaceholderSentences } from '../../../shared/domain/jd/without-placeholders';
import type { Jd, JdVersion } from '../../../shared/jd';
import type { CoreContext } from '../context';
import { AppError } from '../errors';
import { checkJdSections, jdVersionFromRow, jdWithContext } from './builder';

/**
 * Exporting a JD (with the shared document writers): the document model of the stored JD, the
 * pay-transparency refusal, and the snapshot each export stores.
 *
 * Refusal: only a JD marked final is refused when a pay-transparency law in force for its
 * location requires a range and none is posted. A draft exports (to show a hiring manager, to
 * review on paper) and the JD checks keep showing the error; what gets posted is the final one.
 */

export interface JdExportRequest {
  roleId: string;
  overrideReason?: string | undefined;
  /** 'remove': sentences holding a placeholder are left out of the files and the snapshot. */
  placeholders?: 'ask' | 'remove' | undefined;
}

/**
 * The model to write, after the refusal check; guidance is never in it. The JD it was made
 * from goes with it, for the snapshot of the export.
 */
export async function jdExportModel(
  ctx: CoreContext,
  request: JdExportRequest,
): Promise<{ model: DocumentModel; jd: Jd }> {
  const { jd, fresh } = await jdWithContext(ctx, request.roleId);
  if (jd.finalAt !== null && !request.overrideReason?.trim()) {
    const { report } = checkJdSections(ctx, jd, fresh);
    const law = report.findings.find((f) => f.id === 'missing-pay-range' && f.severity === 'error');
    if (law)
      throw new AppError(
        'pay_transparency',
        `This JD is marked final and cannot be exported: ${law.message.replace(/\.$/, '')}. Add the base range to Pay and benefits, or export with a reason for the override; the reason is kept with this version.`,
      );
  }
  const sections =
    request.placeholders === 'remove'
      ? jd.sections.map((s) => ({ ...s, text: withoutPlaceholderSentences(s.text) }))
      : jd.sections;
  return { model: jdDocument(sections, { company: fresh.role.spec.company }), jd };
}

/** Stores the snapshot of an export: the text of `jd` (the JD the files were made from) as written to them. */
export async function recordJdVersion(
  ctx: CoreContext,
  jd: Jd,
  request: JdExportRequest & { formats: ('docx' | 'pdf')[]; placeholders: 'ask' | 'remove' },
): Promise<JdVersion> {
  const sections = jd.sections.map(({ id, heading, text }) => ({
    id,
    heading,
    text: request.placeholders === 'remove' ? withoutPlaceholderSentences(text) : text,
  }));
  const id = randomUUID();
  await ctx.database.db
    .insertInto('jd_versions')
    .values({
      id,
      jd_id: jd.id,
      created_at: ctx.clock().toISOString(),
      formats: JSON.stringify(request.formats),
      final: jd.finalAt !== null ? 1 : 0,
      override_reason: request.overrideReason?.trim() || null,
      text: flattenJd(builderToJdText(sections)).text,
      sections: JSON.stringify(sections),
    })
    .execute();
  const row = await ctx.database.db
    .selectFrom('jd_versions')
    .selectAll()
    .where('id', '=', id)
    .executeTakeFirstOrThrow();
  return jdVersionFromRow(row);
}
