import type { Channel, ChannelOutput, ChannelParsedInput } from '../../shared/api';
import { getAppInfo } from './app/info';
import {
  afterBackup,
  backUpNow,
  exportEverything,
  restoreListedBackup,
  verifyListedBackup,
} from './backup/channels';
import { candidateInBackups, purgeCandidateFromBackups } from './backup/erase';
import { backupStatus, setBackupFolder, showInFolder } from './backup/service';
import {
  createCandidate,
  deleteCandidate,
  getCandidate,
  listCandidates,
  updateCandidate,
} from './candidates/candidates';
import { adviseFor, adviseForRole, editCompRow, getCompData, resetComp } from './comp/comp-data';
import type { CoreContext } from './context';
import { calibrationReport } from './debrief/calibration';
import { addCandidateNote, readCandidateRecord } from './debrief/candidate-record';
import { readRejectionReasons, recordDecision, setRejectionReasons } from './debrief/decision';
import { readDebrief } from './debrief/read';
import { exportDocuments, saveDocuments } from './documents/export';
import {
  exportTransfer,
  importTransfer,
  listConflicts,
  resolveConflict,
  saveTransfer,
} from './exchange/transfer-channels';
import {
  endInterview,
  getInterview,
  insertAdHoc,
  listInProgress,
  listInterviews,
  saveItem,
  setPosition,
  startInterview,
} from './interviews/live';
import {
  checkStoredJd,
  jdForRole,
  jdToRoleSpec,
  listJdVersions,
  markJdFinal,
  regenerateJdSection,
  saveJd,
} from './jd/builder';
import { checkJd, importJdFile } from './jd/check';
import { jdPlaceholdersForRole } from './jd/placeholders';
import { setCalibration } from './kits/calibration';
import { addKitQuestion, moveKitItem, removeKitItem, removeKitItems, setKitMinutes } from './kits/kit-items';
import { setKitMeasures } from './kits/measures';
import { addRound, getLoop, moveRound, removeRound, updateRound } from './kits/rounds';
import { suggestKit } from './kits/suggest';
import { exportQuestions } from './questions/export';
import { countFacets } from './questions/facets';
import { applyImport, planImport } from './questions/import';
import {
  createQuestion,
  deleteQuestion,
  duplicateQuestion,
  getQuestion,
  restoreQuestion,
  updateQuestion,
} from './questions/questions';
import { searchQuestions } from './questions/search';
import {
  archiveRole,
  createRole,
  deleteRole,
  duplicateRole,
  getRole,
  listRoles,
  patchRole,
  restoreRole,
} from './roles/roles';
import {
  getScorecardAs,
  reviseScorecard,
  saveScorecardDraft,
  scorecardForInterview,
  scorecardsForCandidate,
  scorecardVersionsAs,
  submitScorecard,
} from './scorecards/scorecards';
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
  'questions.importApply': (ctx, input) => afterBackup(ctx, () => applyImport(ctx, input)),
  'questions.export': (ctx, input) => exportQuestions(ctx, input),

  'roles.list': (ctx, input) => listRoles(ctx, input),
  'roles.get': (ctx, { id }) => getRole(ctx, id),
  'roles.create': (ctx, { spec }) => createRole(ctx, spec),
  'roles.patch': (ctx, { id, patch, clientSeq }) => patchRole(ctx, id, patch, clientSeq),
  'roles.duplicate': (ctx, { id }) => duplicateRole(ctx, id),
  'roles.archive': (ctx, { id, archived }) => archiveRole(ctx, id, archived),
  'roles.delete': (ctx, { id }) => deleteRole(ctx, id),
  'roles.restore': (ctx, { id }) => restoreRole(ctx, id),

  'loop.get': (ctx, { roleId }) => getLoop(ctx, roleId),
  'loop.addRound': (ctx, input) => addRound(ctx, input),
  'loop.updateRound': (ctx, input) => updateRound(ctx, input),
  'loop.removeRound': (ctx, { id }) => removeRound(ctx, id),
  'loop.moveRound': (ctx, input) => moveRound(ctx, input),
  'loop.setCalibration': (ctx, input) => setCalibration(ctx, input),
  'kit.addQuestion': (ctx, input) => addKitQuestion(ctx, input),
  'kit.removeItem': (ctx, { id }) => removeKitItem(ctx, id),
  'kit.removeItems': (ctx, { ids }) => removeKitItems(ctx, ids),
  'kit.suggest': (ctx, { roundId }) => suggestKit(ctx, roundId),
  'kit.moveItem': (ctx, input) => moveKitItem(ctx, input),
  'kit.setMinutes': (ctx, input) => setKitMinutes(ctx, input),
  'kit.setMeasures': (ctx, input) => setKitMeasures(ctx, input),

  'candidates.list': (ctx, { roleId, ...options }) => listCandidates(ctx, roleId, options),
  'candidates.get': (ctx, { id }) => getCandidate(ctx, id),
  'candidates.create': (ctx, input) => createCandidate(ctx, input),
  'candidates.update': (ctx, input) => updateCandidate(ctx, input),
  'candidates.delete': (ctx, { id }) => deleteCandidate(ctx, id),

  'interviews.start': (ctx, input) => startInterview(ctx, input),
  'interviews.get': (ctx, { id }) => getInterview(ctx, id),
  'interviews.list': (ctx, input) => listInterviews(ctx, input),
  'interviews.inProgress': (ctx) => listInProgress(ctx),
  'interviews.saveItem': (ctx, input) => saveItem(ctx, input),
  'interviews.setPosition': (ctx, input) => setPosition(ctx, input),
  'interviews.insertAdHoc': (ctx, input) => insertAdHoc(ctx, input),
  'interviews.end': (ctx, input) => endInterview(ctx, input),

  'scorecards.forInterview': (ctx, { interviewId, viewer }) =>
    scorecardForInterview(ctx, interviewId, viewer),
  'scorecards.saveDraft': (ctx, input) => saveScorecardDraft(ctx, input),
  'scorecards.submit': (ctx, input) => submitScorecard(ctx, input),
  'scorecards.revise': (ctx, input) => reviseScorecard(ctx, input),
  'scorecards.versions': (ctx, { id, viewer }) => scorecardVersionsAs(ctx, id, viewer),
  'scorecards.listForCandidate': (ctx, { candidateId, interviewer }) =>
    scorecardsForCandidate(ctx, candidateId, interviewer),
  'scorecards.get': (ctx, { id, viewer }) => getScorecardAs(ctx, id, viewer),

  'debrief.get': (ctx, input) => readDebrief(ctx, input),
  'debrief.candidate': (ctx, input) => readCandidateRecord(ctx, input),
  'debrief.decide': (ctx, input) => recordDecision(ctx, input),
  'debrief.rejectionReasons': (ctx) => readRejectionReasons(ctx),
  'debrief.setRejectionReasons': (ctx, { reasons }) => setRejectionReasons(ctx, reasons),
  'debrief.calibration': (ctx, { roleId }) => calibrationReport(ctx, roleId),
  'candidates.addNote': (ctx, input) => addCandidateNote(ctx, input),

  'documents.export': (ctx, input) => exportDocuments(ctx, input),
  'documents.save': (ctx, input) => saveDocuments(ctx, input),

  'comp.data': (ctx) => getCompData(ctx),
  'comp.editRow': (ctx, edit) => editCompRow(ctx, edit),
  'comp.reset': (ctx, reset) => resetComp(ctx, reset),
  'comp.advise': (ctx, input) => adviseFor(ctx, input),
  'comp.adviseRole': (ctx, { id }) => adviseForRole(ctx, id),

  'jd.check': (ctx, input) => checkJd(input, ctx.clock()),
  'jd.importFile': (_ctx, input) => importJdFile(input),
  'jd.forRole': (ctx, { roleId }) => jdForRole(ctx, roleId),
  'jd.save': (ctx, input) => saveJd(ctx, input),
  'jd.regenerate': (ctx, input) => regenerateJdSection(ctx, input),
  'jd.markFinal': (ctx, { id, final }) => markJdFinal(ctx, id, final),
  'jd.checkStored': (ctx, { id }) => checkStoredJd(ctx, id),
  'jd.placeholders': (ctx, { roleId }) => jdPlaceholdersForRole(ctx, roleId),
  'jd.versions': (ctx, { id }) => listJdVersions(ctx, id),
  'jd.toRoleSpec': (_ctx, input) => jdToRoleSpec(input),

  'backup.status': (ctx) => backupStatus(ctx),
  'backup.create': (ctx) => backUpNow(ctx),
  'backup.verify': (ctx, { path }) => verifyListedBackup(ctx, path),
  'backup.restore': (ctx, { path }) => restoreListedBackup(ctx, path),
  'backup.setFolder': (ctx, { folder }) => setBackupFolder(ctx, folder),
  'backup.showInFolder': (ctx, { target, path }) => {
    showInFolder(ctx, target, path);
    return { shown: true as const };
  },
  'backup.candidateInBackups': (ctx, { candidateId }) => candidateInBackups(ctx, candidateId),
  'backup.purgeCandidate': (ctx, { candidateId }) => purgeCandidateFromBackups(ctx, candidateId),
  'data.exportAll': (ctx) => exportEverything(ctx),

  'exchange.export': (ctx, input) => exportTransfer(ctx, input),
  'exchange.save': (ctx, input) => saveTransfer(ctx, input),
  'exchange.previewImport': (ctx, input) => importTransfer(ctx, input, true),
  'exchange.applyImport': (ctx, input) => importTransfer(ctx, input, false),
  'exchange.conflicts': (ctx, input) => listConflicts(ctx, input),
  'exchange.resolveConflict': (ctx, input) => resolveConflict(ctx, input),
  'exchange.takeOpenedFile': (ctx) => ctx.takeOpenedFile?.() ?? null,
};
