import { buildDebriefPacket } from '../../../shared/domain/documents/debrief-packet';
import type { DocumentModel } from '../../../shared/domain/documents/model';
import type { CoreContext } from '../context';
import { readDebrief } from './read';

/** The packet's document model, from the same debrief the screen shows. */
export async function debriefPacketModel(
  ctx: CoreContext,
  source: { candidateId: string; roleId?: string },
): Promise<DocumentModel> {
  return buildDebriefPacket(await readDebrief(ctx, source));
}
