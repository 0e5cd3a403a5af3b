import type { Channel, ChannelOutput, ChannelParsedInput } from '../../shared/api';
import { getAppInfo } from './app/info';
import type { CoreContext } from './context';
import { exportQuestions } from './questions/export';
import { applyImport, planImport } from './questions/import';
import {
  createQuestion,
  deleteQuestion,
  duplicateQuestion,
  getQuestion,
  restoreQuestion,
  updateQuestion,
} from './questions/repository';
import { countFacets, searchQuestions } from './questions/search';
import {
  archiveRole,
  createRole,
  deleteRole,
  duplicateRole,
  getRole,
  listRoles,
  patchRole,
  restoreRole,
} from './roles/repository';
import { getSettings, setSetting } from './settings/settings';

type Handler<C extends Channel> = (
  ctx: CoreContext,
  input: ChannelParsedInput<C>,
) => ChannelOutput<C> | Promise<ChannelOutput<C>>;

/** The table channel -> implementation of shared/api.ts. The type makes a missing channel a compile error. */
export const handlers: { [C in Channel]: Handler<C> } = {
  'app.info': (ctx) => getAppInfo(ctx),
  'settings.get': (ctx) => getSettings(ctx),
  'settings.set': (ctx, change) => setSetting(ctx, change),

  'questions.search': (ctx, input) => searchQuestions(ctx, input),
  'questions.facets': (ctx, input) => countFacets(ctx, input),
  'questions.get': (ctx, { id }) => getQuestion(ctx, id),
  'questions.create': (ctx, { draft }) => createQuestion(ctx, draft),
  'questions.update': (ctx, { id, draft, expectedUpdatedAt }) =>
    updateQuestion(ctx, id, draft, expectedUpdatedAt),
  'questions.duplicate': (ctx, { id }) => duplicateQuestion(ctx, id),
  'questions.delete': (ctx, { id }) => deleteQuestion(ctx, id),
  'questions.restore': (ctx, { id }) => restoreQuestion(ctx, id),
  'questions.importPlan': (ctx, input) => planImport(ctx, input),
  'questions.importApply': (ctx, input) => applyImport(ctx, input),
  'questions.export': (ctx, input) => exportQuestions(ctx, input),

  'roles.list': (ctx, input) => listRoles(ctx, input),
  'roles.get': (ctx, { id }) => getRole(ctx, id),
  'roles.create': (ctx, { spec }) => createRole(ctx, spec),
  'roles.patch': (ctx, { id, patch, clientSeq }) => patchRole(ctx, id, patch, clientSeq),
  'roles.duplicate': (ctx, { id }) => duplicateRole(ctx, id),
  'roles.archive': (ctx, { id, archived }) => archiveRole(ctx, id, archived),
  'roles.delete': (ctx, { id }) => deleteRole(ctx, id),
  'roles.restore': (ctx, { id }) => restoreRole(ctx, id),
};
