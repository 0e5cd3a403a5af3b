import type { Result } from '../../../../shared/result';
import type { Role, RoleSpecPatch } from '../../../../shared/roles';
import { AutosaveQueue, type AutosaveState, lateSeqOfResult } from '../../ui/autosave-queue';

export type SaveState = AutosaveState;

/** What the core answers to a role autosave. */
export type RoleSaveResult = { role: Role; applied: boolean; lastClientSeq: number };

export type SendPatch = (patch: RoleSpecPatch, clientSeq: number) => Promise<Result<RoleSaveResult>>;

/**
 * The autosave of one role: edits are merged into one pending patch and sent after a short
 * pause, one request at a time. Each request carries a sequence number that only grows, even
 * across reloads (it starts from the clock), so the core can drop a save that arrives late.
 * A save the core could not be reached for is kept and tried again; nothing is thrown away.
 * (The queue itself is shared: ui/autosave-queue.ts.)
 */
export class RoleAutosave extends AutosaveQueue<RoleSpecPatch, RoleSaveResult> {
  constructor(
    readonly roleId: string,
    send: SendPatch,
    onState: (state: SaveState) => void,
    onSaved: (role: Role) => void,
    now: () => number = Date.now,
  ) {
    super({
      send,
      onState,
      onSaved: (saved) => onSaved(saved.role),
      savedAt: (saved) => saved.role.updatedAt,
      lateSeq: lateSeqOfResult,
      now,
    });
  }
}
