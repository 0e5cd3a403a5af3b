import { z } from 'zod';
import { type Settings, settingChange } from './settings';

/**
 * THE contract between the renderer and the core. Every channel names its zod input schema
 * (checked by the handler wrapper before any core code runs) and its output type.
 *
 * To add a channel: add it here, implement it in electron/core/handlers.ts (the compiler
 * insists), and call it from the renderer with `invoke('area.verb', input)`.
 */

export interface AppInfo {
  name: string;
  version: string;
  databasePath: string;
  schemaVersion: number;
  latestSchemaVersion: number;
  sqliteVersion: string;
  installId: string;
  transport: 'electron' | 'preview' | 'cli';
}

/** Declares a channel: `channel<Output>()(inputSchema)`. */
const channel =
  <Output>() =>
  <Input extends z.ZodType>(input: Input) => ({ input, output: undefined as unknown as Output });

const noInput = z.object({}).strict();

export const channels = {
  'app.info': channel<AppInfo>()(noInput),
  'settings.get': channel<Settings>()(noInput),
  'settings.set': channel<Settings>()(settingChange),
};

export type Channel = keyof typeof channels;
export type ChannelInput<C extends Channel> = z.input<(typeof channels)[C]['input']>;
export type ChannelOutput<C extends Channel> = (typeof channels)[C]['output'];

export const isChannel = (name: unknown): name is Channel =>
  typeof name === 'string' && Object.hasOwn(channels, name);
