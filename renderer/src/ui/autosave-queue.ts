import { type AppErrorData, isRetryable, type Result } from '../../../shared/result';

/** Where an autosave stands; the same shape every save status shows. */
export type AutosaveState =
  | { kind: 'idle' }
  | { kind: 'pending' }
  | { kind: 'saving' }
  | { kind: 'saved'; at: string }
  | { kind: 'error'; error: AppErrorData };

/**
 * How an edit goes out: `immediate` sends it now (a rating, a flag), else after the typing
 * pause; `quiet` (a clock) saves without changing the state shown unless the save fails.
 */
export interface QueueHow {
  immediate?: boolean;
  quiet?: boolean;
}

interface AutosaveTiming {
  /** Typing pause before an edit is sent. */
  delayMs?: number;
  /** Wait before a save that could not reach the core is tried again. */
  retryMs?: number;
  now?: () => number;
}

/**
 * Saves the core answered but did not apply because it holds a later sequence number (another
 * window saved, or this machine's clock went back): the number it holds, so the queue can
 * number above it and send again. Null when the save was applied.
 */
type LateSeqOf<Saved> = (saved: Saved) => number | null;

/** The lateSeq of the core's save results, which say `applied` and the `lastClientSeq` they hold. */
export const lateSeqOfResult = (saved: { applied: boolean; lastClientSeq: number }): number | null =>
  saved.applied ? null : saved.lastClientSeq;

/** Typing pause before an edit is sent, unless a queue says otherwise. */
export const DEFAULT_DELAY_MS = 350;
/** Wait before a save that could not reach the core is tried again. */
export const DEFAULT_RETRY_MS = 2_000;

export interface KeyedAutosaveOptions<Patch extends object, Saved> extends AutosaveTiming {
  /** Sends one thing's merged patch with a sequence number that only grows. */
  send(key: string, patch: Partial<Patch>, clientSeq: number): Promise<Result<Saved>>;
  onState(state: AutosaveState): void;
  onSaved?(saved: Saved): void;
  /** When the saved thing was stored, for "Saved at ...". */
  savedAt(saved: Saved): string;
  lateSeq?: LateSeqOf<Saved>;
}

export interface AutosaveOptions<Patch extends object, Saved> extends AutosaveTiming {
  /** Sends one merged patch with a sequence number that only grows. */
  send(patch: Patch, clientSeq: number): Promise<Result<Saved>>;
  onState(state: AutosaveState): void;
  onSaved(saved: Saved): void;
  /** When the saved thing was stored, for "Saved at ...". */
  savedAt(saved: Saved): string;
  lateSeq?: LateSeqOf<Saved>;
}

/**
 * The one autosave of the app, for patches made of fields, kept per thing (a key): edits of a
 * thing merge into one pending patch (later edits of a field win) and go out after a short
 * pause, or at once when asked. One request is in flight at a time, so saves reach the core in
 * the order they were made, and each carries a sequence number that starts from the clock and
 * only grows, so the core can drop one that arrives late, even across a reload (if the core
 * holds a later number than this window's clock gives, the queue numbers above it and sends
 * again, so an edit is never dropped as "late" while the screen says saved). When the core
 * cannot be reached the patch is kept and tried again. When the core refuses a patch, each of
 * its fields is tried on its own so the good ones are stored, and the refused fields are kept:
 * the error stays shown, `dirty` stays true and `flush` reports false until an edit of that
 * thing sends them again and they are taken.
 *
 * AutosaveQueue below is the queue of a single thing (the intake's role spec, a JD's
 * sections); interviews/item-autosave.ts keys it by item.
 */
export abstract class KeyedAutosaveQueue<Patch extends object, Saved> {
  private readonly pending = new Map<string, Partial<Patch>>();
  /** Fields the core refused, per thing, with why: sent again with the thing's next edit. */
  private readonly refused = new Map<string, { patch: Partial<Patch>; error: AppErrorData }>();
  private timer: ReturnType<typeof setTimeout> | undefined;
  private inFlight: Promise<boolean> | null = null;
  private lastSeq = 0;
  /** Whether something the person did (not a clock) is pending: only that shows "Saving…". */
  private loud = false;
  /** Whether the state shown is an error, which the next successful save must clear. */
  private failed = false;
  /** The last state that was not "pending" or "saving": shown again when a pending edit is withdrawn. */
  private settled: AutosaveState = { kind: 'idle' };

  constructor(private readonly options: KeyedAutosaveOptions<Patch, Saved>) {}

  /** The kind of state last shown. */
  private shownKind: AutosaveState['kind'] | null = null;

  private show(state: AutosaveState): void {
    // "Pending" again on every keystroke would re-render whatever shows the state, for nothing.
    if (state.kind === 'pending' && this.shownKind === 'pending') return;
    if (state.kind !== 'pending' && state.kind !== 'saving') this.settled = state;
    this.shownKind = state.kind;
    this.options.onState(state);
  }

  /** Whether an edit has not reached the core yet. */
  get dirty(): boolean {
    return this.pending.size > 0 || this.inFlight !== null || this.refused.size > 0;
  }

  /** Queues an edit of one thing; fields of it the core refused before go again with it. */
  protected queueFor(key: string, patch: Partial<Patch>, how: QueueHow = {}): void {
    const refused = this.refused.get(key);
    this.refused.delete(key);
    this.pending.set(key, { ...refused?.patch, ...this.pending.get(key), ...patch });
    if (!how.quiet) {
      this.loud = true;
      this.show({ kind: 'pending' });
    }
    if (how.immediate) void this.flush();
    else if (!how.quiet || this.timer === undefined) this.schedule(this.options.delayMs ?? DEFAULT_DELAY_MS);
  }

  /** Drops a field from a thing's pending patch (a value that no longer validates is never sent). */
  protected unqueueFor(key: string, field: keyof Patch): void {
    const patch = this.pending.get(key);
    if (!patch) return;
    const { [field]: _dropped, ...rest } = patch;
    if (Object.keys(rest).length > 0) this.pending.set(key, rest as Partial<Patch>);
    else this.pending.delete(key);
    if (this.pending.size === 0 && this.inFlight === null) {
      // Nothing left to send: "Saving…" would never end, so show where things stood before.
      this.clearTimer();
      this.loud = false;
      this.show(this.settled);
    }
  }

  /** Sends what is pending; resolves true once everything queued so far is stored, false when a save failed. */
  async flush(): Promise<boolean> {
    this.clearTimer();
    while (this.inFlight || this.pending.size > 0) {
      if (!this.inFlight) {
        this.inFlight = this.sendPending().finally(() => {
          this.inFlight = null;
        });
      }
      if (!(await this.inFlight)) return false;
    }
    return this.refused.size === 0;
  }

  dispose(): void {
    this.clearTimer();
  }

  private schedule(delay: number): void {
    this.clearTimer();
    this.timer = setTimeout(() => void this.flush(), delay);
  }

  private clearTimer(): void {
    if (this.timer !== undefined) clearTimeout(this.timer);
    this.timer = undefined;
  }

  private nextSeq(): number {
    this.lastSeq = Math.max((this.options.now ?? Date.now)(), this.lastSeq + 1);
    return this.lastSeq;
  }

  /**
   * Sends one patch. A save the core dropped as late is numbered above the core's number and
   * sent once more; dropped again, it is reported as refused.
   */
  private async sendOne(key: string, patch: Partial<Patch>): Promise<Result<Saved>> {
    const seq = this.nextSeq();
    const result = await this.options.send(key, patch, seq);
    const late = result.ok ? (this.options.lateSeq?.(result.value) ?? null) : null;
    // Only a later number held by the core is a reason to send again; a save not applied for
    // another reason (an interview that has ended) is not renumbered.
    if (late === null || late < seq) return result;
    this.lastSeq = Math.max(this.lastSeq, late);
    const again = await this.options.send(key, patch, this.nextSeq());
    if (again.ok && (this.options.lateSeq?.(again.value) ?? null) !== null) {
      return {
        ok: false,
        error: {
          code: 'conflict',
          message: 'Another window keeps saving over this one; reload to see its changes.',
        },
      };
    }
    return again;
  }

  /**
   * A patch the core refused: each field on its own, so what is good is stored; what the core
   * still refuses is kept with its reason.
   */
  private async sendFieldByField(
    key: string,
    patch: Partial<Patch>,
    error: AppErrorData,
  ): Promise<{ saved: Saved | null; refused: { patch: Partial<Patch>; error: AppErrorData } | null }> {
    const fields = Object.keys(patch) as (keyof Patch)[];
    if (fields.length < 2) return { saved: null, refused: { patch, error } };
    let saved: Saved | null = null;
    let kept: Partial<Patch> = {};
    let why = error;
    for (const field of fields) {
      const one = { [field]: patch[field] } as Partial<Patch>;
      const result = await this.sendOne(key, one);
      if (result.ok) {
        saved = result.value;
      } else if (isRetryable(result.error.code)) {
        // The core went away or its file is busy meanwhile: keep the rest for the retry.
        kept = { ...kept, ...one };
      } else {
        kept = { ...kept, ...one };
        why = result.error;
      }
    }
    return { saved, refused: Object.keys(kept).length > 0 ? { patch: kept, error: why } : null };
  }

  /** Keeps refused fields, but not those typed again meanwhile: their newer value goes out anyway. */
  private keepRefused(key: string, patch: Partial<Patch>, error: AppErrorData): void {
    const newer = this.pending.get(key) ?? {};
    const kept = Object.fromEntries(Object.entries(patch).filter(([field]) => !Object.hasOwn(newer, field)));
    if (Object.keys(kept).length > 0) this.refused.set(key, { patch: kept as Partial<Patch>, error });
  }

  private async sendPending(): Promise<boolean> {
    const onState = (state: AutosaveState) => this.show(state);
    const batch = [...this.pending];
    this.pending.clear();
    const loud = this.loud;
    this.loud = false;
    if (loud) onState({ kind: 'saving' });
    let savedAt = '';
    const onSaved = (saved: Saved) => {
      this.options.onSaved?.(saved);
      savedAt = this.options.savedAt(saved);
    };
    for (const [index, [key, patch]] of batch.entries()) {
      const result = await this.sendOne(key, patch);
      if (result.ok) {
        onSaved(result.value);
        continue;
      }
      if (!isRetryable(result.error.code)) {
        // Refused (a value the core will not take): store what it takes, keep the rest.
        const { saved, refused } = await this.sendFieldByField(key, patch, result.error);
        if (saved) onSaved(saved);
        if (refused) this.keepRefused(key, refused.patch, refused.error);
        continue;
      }
      // The core could not be reached or could not write (busy, full): keep this patch and the ones not sent yet (anything
      // typed meanwhile wins) and try again shortly.
      for (const [unsentKey, unsent] of batch.slice(index)) {
        this.pending.set(unsentKey, { ...unsent, ...this.pending.get(unsentKey) });
      }
      this.loud ||= loud;
      this.failed = true;
      onState({ kind: 'error', error: result.error });
      this.schedule(this.options.retryMs ?? DEFAULT_RETRY_MS);
      return false;
    }
    const stillRefused = [...this.refused.values()].at(-1);
    if (stillRefused) {
      // Shown until the refused fields are taken: a quiet save of a clock must not cover it.
      this.failed = true;
      onState({ kind: 'error', error: stillRefused.error });
      return false;
    }
    if (this.loud && this.pending.size > 0) onState({ kind: 'pending' });
    else if (loud || this.failed) onState({ kind: 'saved', at: savedAt });
    this.failed = false;
    return true;
  }
}

/** The key of the one thing an AutosaveQueue saves. */
const ONLY = '';

/** The autosave of one thing (the intake's role spec, a JD's sections): see KeyedAutosaveQueue. */
export class AutosaveQueue<Patch extends object, Saved> extends KeyedAutosaveQueue<Patch, Saved> {
  constructor(options: AutosaveOptions<Patch, Saved>) {
    super({ ...options, send: (_key, patch, clientSeq) => options.send(patch as Patch, clientSeq) });
  }

  queue(patch: Partial<Patch>): void {
    this.queueFor(ONLY, patch);
  }

  /** Drops a field from the pending patch (a value that no longer validates is never sent). */
  unqueue(field: keyof Patch): void {
    this.unqueueFor(ONLY, field);
  }
}
