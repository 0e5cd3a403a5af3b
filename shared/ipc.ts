/** The one IPC channel between preload and main; the Reqdesk channel name travels as an argument. */
export const IPC_INVOKE = 'reqdesk:invoke';
