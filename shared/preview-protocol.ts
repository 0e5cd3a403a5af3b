/** Names shared by the renderer's preview transport and electron/preview's server. */
export const PREVIEW_TOKEN_HEADER = 'x-reqdesk-token';
export const PREVIEW_TOKEN_META = 'reqdesk-token';
export const PREVIEW_INVOKE_PATH = '/api/invoke';
