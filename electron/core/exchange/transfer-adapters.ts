import type { AdapterTable, RecordAdapter } from './transfer-adapter';
import { interviewAdapter, scorecardAdapter } from './transfer-adapters-interview';
import {
  jdAdapter,
  questionAdapter,
  roleAdapter,
  roleSummaryAdapter,
  roundAdapter,
} from './transfer-adapters-loop';
import { candidateAdapter, candidateSummaryAdapter, packAdapter } from './transfer-adapters-people';

const loose = <B>(adapter: RecordAdapter<B>) => adapter as unknown as RecordAdapter<unknown>;

/** Every record type, in the order a file's records are applied (what a record needs comes first). */
export const adapters: AdapterTable = {
  role: loose(roleAdapter),
  'role-summary': loose(roleSummaryAdapter),
  jd: loose(jdAdapter),
  question: loose(questionAdapter),
  round: loose(roundAdapter),
  candidate: loose(candidateAdapter),
  'candidate-summary': loose(candidateSummaryAdapter),
  pack: loose(packAdapter),
  interview: loose(interviewAdapter),
  scorecard: loose(scorecardAdapter),
};

export const applyOrder = Object.keys(adapters) as (keyof AdapterTable)[];
