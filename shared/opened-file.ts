/**
 * A Reqdesk file handed to the desktop app from outside (double-click, File > Open, the
 * command line), read by main and waiting for the window: its text, or why it was not read.
 */
export type OpenedFile = { fileName: string; content: string } | { fileName: string; error: string };

/** The page event main fires when a file is waiting; the window then asks for it through invoke. */
export const OPENED_FILE_EVENT = 'reqdesk:file-opened';
