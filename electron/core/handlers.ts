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
};
