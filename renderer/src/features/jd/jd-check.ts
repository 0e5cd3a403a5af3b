import { jdCheckContextFor } from '../../../../shared/jd';
import { coreQuery, queryClient, readError } from '../../ui/query';
import { useRolesStore } from '../roles';
import type { JdCheckState, JdSlice } from './jd-state';
import { applyReplacement, documentOf, sectionSpanOf } from './jd-text';
import { replaceAsTyped } from './section-inputs';

/** Typing pause before the checks run again. */
export const CHECK_DELAY_MS = 300;

let checkTimer: ReturnType<typeof setTimeout> | undefined;

function clearCheckTimer(): void {
  if (checkTimer !== undefined) clearTimeout(checkTimer);
  checkTimer = undefined;
}

export const jdCheckSlice: JdSlice<JdCheckState> = (set, get) => ({
  check: null,
  checkError: null,
  checkAsked: null,

  async runCheck() {
    const { jd, drafts, band } = get();
    if (!jd || !drafts) return;
    set({ checkAsked: drafts });
    const role = useRolesStore.getState().role;
    const context = role && role.id === jd.roleId ? jdCheckContextFor(role.spec, band) : {};
    const input = { document: documentOf(jd.sections, drafts), ...context };
    try {
      // Each answer is for one moment's text and lives on in `check`: none is kept in the cache.
      const result = await queryClient.fetchQuery({ ...coreQuery('jd.check', input), gcTime: 0 });
      // A newer check is on its way, or the JD was closed: this answer is not the one to show.
      if (get().checkAsked !== drafts) return;
      set({ check: { result, drafts }, checkError: null });
    } catch (error) {
      if (get().checkAsked !== drafts) return;
      set({ checkError: readError({ error: error as Error }) });
    }
  },

  checkSoon() {
    clearCheckTimer();
    checkTimer = setTimeout(() => {
      checkTimer = undefined;
      void get().runCheck();
    }, CHECK_DELAY_MS);
  },

  stopChecks() {
    clearCheckTimer();
    set({ checkAsked: null });
  },

  applyFix(finding) {
    const { check, drafts } = get();
    if (!check || !drafts || finding.replacement === null) return false;
    const span = sectionSpanOf(check.result, check.drafts, finding);
    if (!span) return false;
    const expected = check.result.text.slice(finding.start, finding.end);
    const next = applyReplacement(drafts[span.sectionId] ?? '', span, expected, finding.replacement);
    if (next === null) {
      set({
        notice: { tone: 'info', message: 'That text changed since the check ran; look again in a moment.' },
      });
      get().checkSoon();
      return false;
    }
    if (!replaceAsTyped(span.sectionId, span.start, span.end, finding.replacement, next)) {
      get().edit(span.sectionId, next);
    }
    clearCheckTimer();
    void get().runCheck();
    return true;
  },
});
