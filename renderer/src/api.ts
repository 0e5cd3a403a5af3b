import type { Channel, ChannelInput, ChannelOutput } from '../../shared/api';
import { PREVIEW_INVOKE_PATH, PREVIEW_TOKEN_HEADER, PREVIEW_TOKEN_META } from '../../shared/preview-protocol';
import type { Result } from '../../shared/result';

/** What the preload exposes under Electron: one function, nothing else. */
export interface ReqdeskBridge {
  invoke(channel: string, input: unknown): Promise<Result<unknown>>;
}

declare global {
  interface Window {
    reqdesk?: ReqdeskBridge;
  }
}

/** Under preview the renderer talks HTTP to the loopback server, with the token it was served. */
export function previewTransport(doc: Document = document, fetchImpl: typeof fetch = fetch): ReqdeskBridge {
  const token = doc.querySelector<HTMLMetaElement>(`meta[name="${PREVIEW_TOKEN_META}"]`)?.content ?? '';
  return {
    async invoke(channel, input) {
      try {
        const response = await fetchImpl(PREVIEW_INVOKE_PATH, {
          method: 'POST',
          headers: { 'content-type': 'application/json', [PREVIEW_TOKEN_HEADER]: token },
          body: JSON.stringify({ channel, input }),
        });
        return (await response.json()) as Result<unknown>;
      } catch (error) {
        return {
          ok: false,
          error: {
            code: 'unavailable',
            message: `Reqdesk's core could not be reached (${(error as Error).message}).`,
          },
        };
      }
    },
  };
}

/** IPC under Electron (the preload defined window.reqdesk), HTTP under the browser preview. */
export function pickTransport(win: Window = window): ReqdeskBridge {
  return win.reqdesk ?? previewTransport(win.document);
}

let transport: ReqdeskBridge | undefined;

/** Replaces the transport (tests run the renderer against an in-process core). */
export function setTransport(next: ReqdeskBridge): void {
  transport = next;
}

/** The typed client: the same surface under IPC and HTTP. */
export async function invoke<C extends Channel>(
  channel: C,
  input: ChannelInput<C>,
): Promise<Result<ChannelOutput<C>>> {
  transport ??= pickTransport();
  return (await transport.invoke(channel, input)) as Result<ChannelOutput<C>>;
}

/** invoke(), with a transport failure turned into an error result like any other. */
export async function call<C extends Channel>(
  channel: C,
  input: ChannelInput<C>,
): Promise<Result<ChannelOutput<C>>> {
  try {
    return await invoke(channel, input);
  } catch (error) {
    return {
      ok: false,
      error: {
        code: 'unavailable',
        message: `Reqdesk's core could not be reached (${error instanceof Error ? error.message : String(error)}).`,
      },
    };
  }
}
