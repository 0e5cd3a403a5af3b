import { contextBridge, ipcRenderer } from 'electron';
import { IPC_INVOKE } from '../../shared/ipc';

// Exactly one function crosses into the page. The channel name and input are checked
// again in main (sender origin, zod schema), so nothing here needs to be trusted.
contextBridge.exposeInMainWorld('reqdesk', {
  invoke: (channel: string, input: unknown): Promise<unknown> =>
    ipcRenderer.invoke(IPC_INVOKE, channel, input),
});
