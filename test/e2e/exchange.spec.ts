import { pageInvoke } from '../support/interview-render-probe';
import { type SeedInvoke, seedTechnicalScreen } from '../support/interview-seed';
import { expect, test } from './fixtures';
import { DebriefPage, type PanelRun } from './pages/debrief-page';
import { ExchangePage } from './pages/exchange-page';

const ATTRIBUTES = ['API design', 'Data modelling and SQL', 'System design', 'Communication'];

const DANA: PanelRun = {
  interviewer: 'Dana Kim',
  questions: [
    { key: '4', evidence: 'Sharded the events table by account once writes passed 5k a second' },
    { key: '3', evidence: 'Versioned the webhook payloads and kept the old shape a quarter' },
  ],
  scores: [4, 3, 3, 4],
  verdict: 'Strong yes',
  summary: 'Runs data-heavy services and explains each trade-off plainly.',
};

async function must<T>(invoke: SeedInvoke, channel: string, input: unknown): Promise<T> {
  const result = await invoke(channel, input);
  if (!result.ok) throw new Error(`${channel}: ${result.error.message}`);
  return result.value as T;
}

/** The recruiter's own scorecard for the round, so the debrief has two to lay side by side. */
async function recruiterScorecard(invoke: SeedInvoke, candidateId: string, roundId: string) {
  const interview = await must<{ id: string }>(invoke, 'interviews.start', {
    candidateId,
    roundId,
    interviewer: 'Lee Okafor',
  });
  await must(invoke, 'interviews.end', { id: interview.id, roundElapsedMs: 2_400_000 });
  const draft = await must<{ id: string; attributeRatings: { attribute: string }[] }>(
    invoke,
    'scorecards.forInterview',
    { interviewId: interview.id },
  );
  await must(invoke, 'scorecards.submit', {
    id: draft.id,
    attributeRatings: draft.attributeRatings.map((a) => ({ attribute: a.attribute, rating: 2 })),
    recommendation: 'no',
    summary: 'Vague on how the data was laid out.',
  });
}

test('a pack goes to the interviewer on another laptop and the scorecard comes back into the debrief', async ({
  app,
  otherLaptop,
}, testInfo) => {
  test.slow(); // two servers and a whole interview typed key by key: three times the budget
  const laptopA = app.page;
  const laptopB = otherLaptop.page;
  const invokeA = pageInvoke(laptopA);
  const seeded = await seedTechnicalScreen(invokeA, { questions: 2, candidateName: 'Amaru Quispe' });
  await recruiterScorecard(invokeA, seeded.candidateId, seeded.roundId);
  const folder = testInfo.outputPath('files');

  // Laptop A: the candidate's page, "Interview pack" for Dana, downloaded.
  const onA = new ExchangePage(laptopA);
  await app.goTo('Candidates');
  await laptopA.getByRole('link', { name: seeded.candidateName }).click();
  await expect(app.heading()).toHaveText(seeded.candidateName);
  const pack = await onA.exportPack(seeded.roundName, DANA.interviewer, folder);
  expect(pack).toMatch(/\.reqdesk-pack$/);

  // Laptop B: nothing there yet; the pack comes in through the file picker.
  const onB = new ExchangePage(laptopB);
  await otherLaptop.goTo('Candidates');
  const imported = await onB.importThroughPicker(pack);
  await expect(imported.getByTestId('exchange-count-refused')).toHaveText('0');
  await imported.getByRole('link', { name: 'Start the interview' }).click();
  const interviewB = new DebriefPage(laptopB);
  const start = interviewB.live.startForm;
  await expect(start).toBeVisible();
  // Filled for the interviewer the pack was made for.
  await expect(start.getByLabel('Interviewer')).toHaveValue(DANA.interviewer);
  await start.getByLabel('Interviewer').press('Enter');
  await interviewB.scoreStartedInterview(ATTRIBUTES, DANA);

  // Laptop B: the candidate's page, "Export scorecard", downloaded.
  await otherLaptop.goTo('Candidates');
  await laptopB.getByRole('link', { name: seeded.candidateName }).click();
  await expect(otherLaptop.heading()).toHaveText(seeded.candidateName);
  const card = await onB.exportScorecard(folder);
  expect(card).toMatch(/\.reqdesk-scorecard$/);

  // Laptop A: the scorecard through the file picker, then the debrief shows Dana's column.
  await app.goTo('Candidates');
  const back = await onA.importThroughPicker(card);
  await expect(back.getByTestId('exchange-count-conflict')).toHaveText('0');
  await back.getByRole('link', { name: "Open the candidate's debrief" }).click();
  await expect(app.heading()).toHaveText(`Debrief: ${seeded.candidateName}`);
  const debriefA = new DebriefPage(laptopA);
  await debriefA.expectGridRow('API design', ['API design', '2', '4', '3.00', '2', '2']);
  await expect(debriefA.grid).toContainText(DANA.interviewer);
  await expect(laptopA.getByTestId('recommendation-tally')).toHaveText('No 1 · Strong yes 1');
  await expect(laptopA.getByText(DANA.summary)).toBeVisible();
});
