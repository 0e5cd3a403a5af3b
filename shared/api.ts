import { z } from 'zod';
import { type ExportFile, exportInput, type ImportPlan, type ImportResult, importInput } from './exchange';
import {
  type FacetCounts,
  type Question,
  type QuestionSearchResult,
  questionDraft,
  questionFilters,
  questionSearchInput,
} from './questions';
import { type Role, type RoleSummary, roleListInput, roleSpec, roleSpecPatch } from './roles';
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
const byId = z.object({ id: z.uuid('That is not a question id.') }).strict();
const roleById = z.object({ id: z.uuid('That is not a role id.') }).strict();

export const channels = {
  'app.info': channel<AppInfo>()(noInput),
  'settings.get': channel<Settings>()(noInput),
  'settings.set': channel<Settings>()(settingChange),

  'questions.search': channel<QuestionSearchResult>()(questionSearchInput),
  'questions.facets': channel<FacetCounts>()(
    z.object({ text: z.string().max(500).default(''), filters: questionFilters.default({}) }).strict(),
  ),
  'questions.get': channel<Question>()(byId),
  'questions.create': channel<Question>()(z.object({ draft: questionDraft }).strict()),
  'questions.update': channel<Question>()(
    z
      .object({ id: z.uuid(), draft: questionDraft, expectedUpdatedAt: z.string().max(40).optional() })
      .strict(),
  ),
  'questions.duplicate': channel<Question>()(byId),
  'questions.delete': channel<{ id: string; deletedAt: string }>()(byId),
  'questions.restore': channel<Question>()(byId),
  /** Dry run: counts of new, updated, unchanged, conflicting and invalid rows; writes nothing. */
  'questions.importPlan': channel<ImportPlan>()(importInput),
  'questions.importApply': channel<ImportResult>()(importInput),
  'questions.export': channel<ExportFile>()(exportInput),

  'roles.list': channel<RoleSummary[]>()(roleListInput),
  'roles.get': channel<Role>()(roleById),
  'roles.create': channel<Role>()(z.object({ spec: roleSpec.optional() }).strict()),
  /** An autosave: `clientSeq` grows with each edit, so a late save never undoes a newer one. */
  'roles.patch': channel<{ role: Role; applied: boolean }>()(
    z.object({ id: z.uuid(), patch: roleSpecPatch, clientSeq: z.number().int().min(1) }).strict(),
  ),
  'roles.duplicate': channel<Role>()(roleById),
  'roles.archive': channel<Role>()(z.object({ id: z.uuid(), archived: z.boolean() }).strict()),
  'roles.delete': channel<{ id: string; deletedAt: string }>()(roleById),
  'roles.restore': channel<Role>()(roleById),
};

export type Channel = keyof typeof channels;
/** What a caller sends (defaults may be left out). */
export type ChannelInput<C extends Channel> = z.input<(typeof channels)[C]['input']>;
/** What a handler receives: the input after its schema checked it and filled the defaults. */
export type ChannelParsedInput<C extends Channel> = z.output<(typeof channels)[C]['input']>;
export type ChannelOutput<C extends Channel> = (typeof channels)[C]['output'];

export const isChannel = (name: unknown): name is Channel =>
  typeof name === 'string' && Object.hasOwn(channels, name);
