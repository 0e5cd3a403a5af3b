import { expect, type Locator, type Page } from '@playwright/test';
import { InterviewPage } from './interview-page';

export type Score = 1 | 2 | 3 | 4 | 'not-assessed';
export type Verdict = 'Strong no' | 'No' | 'Yes' | 'Strong yes';

/** One interviewer's part of the loop, typed as they would type it. */
export interface PanelRun {
  interviewer: string;
  /** Per question in the kit: the rating key and the evidence typed. */
  questions: { key: string; evidence: string; redFlag?: boolean }[];
  /** The round's focus attributes in order. */
  scores: Score[];
  verdict: Verdict;
  summary: string;
}

const VERDICT_STEPS: Record<Verdict, number> = { 'Strong no': 0, No: 1, Yes: 2, 'Strong yes': 3 };

/** The interview, scorecard, candidate page and debrief, by keyboard. */
export class DebriefPage {
  readonly live: InterviewPage;
  constructor(readonly page: Page) {
    this.live = new InterviewPage(page);
  }

  /** Starts the interview from the Interviews area, runs it, ends it and submits the scorecard. */
  async runAndScore(candidateName: string, attributes: string[], run: PanelRun): Promise<void> {
    const { page, live } = this;
    const { keyboard } = page;
    await keyboard.press('ControlOrMeta+3');
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Interviews');
    const candidate = live.startForm.getByLabel('Candidate');
    await live.tabTo(candidate, 20);
    await keyboard.type(candidateName);
    const interviewer = live.startForm.getByLabel('Interviewer');
    await live.tabTo(interviewer);
    await keyboard.press('ControlOrMeta+A');
    await keyboard.type(run.interviewer);
    await expect(interviewer).toHaveValue(run.interviewer);
    await keyboard.press('Enter');
    await this.scoreStartedInterview(attributes, run);
  }

  /** From live mode just started: rates and notes each question, ends, and submits the scorecard. */
  async scoreStartedInterview(attributes: string[], run: PanelRun): Promise<void> {
    const { page, live } = this;
    const { keyboard } = page;
    await expect(live.live).toBeVisible();
    for (const [i, q] of run.questions.entries()) {
      await expect(live.position).toHaveText(new RegExp(`^Question ${i + 1} of`));
      await live.rateAndNote(q.key, q.evidence, `${run.interviewer} on question ${i + 1}`);
      if (q.redFlag) {
        await keyboard.press('f');
        await keyboard.press('Space');
        await expect(
          page
            .getByRole('group', { name: /Red flags/ })
            .getByRole('checkbox')
            .first(),
        ).toBeChecked();
        await keyboard.press('Escape');
      }
      if (i < run.questions.length - 1) await keyboard.press('j');
    }
    await live.waitUntilSaved();
    await keyboard.press('ControlOrMeta+Enter');
    const confirm = page.getByRole('dialog', { name: 'End this interview?' });
    await expect(confirm.getByRole('button', { name: 'End and score' })).toBeFocused();
    await keyboard.press('Enter');
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Scorecard');
    for (const [i, label] of attributes.entries()) {
      const group = page.getByRole('radiogroup', { name: label });
      const score = run.scores[i] ?? 3;
      await live.chooseRadio(group.getByRole('radio').first(), score === 'not-assessed' ? 4 : score - 1);
      const name = score === 'not-assessed' ? /^Not assessed/ : new RegExp(`^${score} `);
      await expect(group.getByRole('radio', { name })).toBeChecked();
    }
    const recommendation = page.getByRole('radiogroup', { name: /Recommendation/ });
    await live.tabTo(recommendation.getByRole('radio').first(), 20);
    await keyboard.press('Space');
    for (let i = 0; i < VERDICT_STEPS[run.verdict]; i += 1) await keyboard.press('ArrowRight');
    await expect(recommendation.getByRole('radio', { name: run.verdict, exact: true })).toBeChecked();
    await live.tabTo(page.getByRole('textbox', { name: /Summary/ }));
    await keyboard.type(run.summary);
    await live.tabTo(page.getByRole('button', { name: 'Submit scorecard' }));
    await keyboard.press('Enter');
    await expect(live.scorecardStatus).toContainText(/Submitted .* version 1 · locked/);
  }

  get grid(): Locator {
    return this.page.getByTestId('debrief-grid');
  }

  /** The cells of one grid row: attribute, each interviewer's score, mean, spread, count.
   *  A web-first assertion, so it waits for the grid's read to arrive. */
  async expectGridRow(label: string, cells: string[]): Promise<void> {
    const row = this.grid
      .getByRole('row')
      .filter({ has: this.page.getByRole('rowheader', { name: label, exact: true }) });
    await expect(row.locator('th, td')).toHaveText(cells);
  }

  get clock(): Locator {
    return this.page.getByTestId('decision-clock');
  }

  disagreements(kind: string): Locator {
    return this.page.locator(`[data-testid="disagreement"][data-kind="${kind}"]`);
  }
}
