import { z } from 'zod';
import { cappedText } from './questions';

/**
 * App settings: one schema per key, so a value is validated where it is written
 * (handler) and where it is read (a stored value that no longer fits falls back to its default).
 */
export const settingSchemas = {
  theme: z.enum(['system', 'light', 'dark']),
  pageSize: z.enum(['letter', 'a4']),
  interviewerName: cappedText(120, 'The interviewer name', z.string().trim()),
} as const;

export type SettingKey = keyof typeof settingSchemas;
export type Settings = { [K in SettingKey]: z.infer<(typeof settingSchemas)[K]> };

export const settingDefaults: Settings = {
  theme: 'system',
  pageSize: 'letter',
  interviewerName: '',
};

export const settingKeys = Object.keys(settingSchemas) as SettingKey[];

const change = <K extends SettingKey>(key: K) =>
  z.object({ key: z.literal(key), value: settingSchemas[key] }).strict();

/** `{ key, value }` pairs, each value checked against its own key's schema. */
export const settingChange = z.discriminatedUnion('key', [
  change('theme'),
  change('pageSize'),
  change('interviewerName'),
]);

export type SettingChange = z.infer<typeof settingChange>;
