import fs from 'node:fs';
import path from 'node:path';
import {
  collectedSamples,
  installRenderProbe,
  pageInvoke,
  pressNextAndBack,
  renderReport,
} from '../support/interview-render-probe';
import { seedTechnicalScreen } from '../support/interview-seed';
import { expect, test } from './fixtures';
import { InterviewPage } from './pages/interview-page';

const ARTIFACTS = path.resolve('test/artifacts/interview');

const NOTES: [string, string, string][] = [
  [
    '3',
    'Split the orders table by tenant after lock waits hit 2 s at peak',
    'Knows the numbers of a real system',
  ],
  [
    '4',
    'Versioned the API in the path, kept v1 alive 9 months for two partners',
    'Thinks about the people on the other side',
  ],
  ['2', 'Would add a cache first; could not say what invalidates it', 'Reaches for tools before the cause'],
  ['3', 'Retries with jitter and an idempotency key stored with the payment', 'Solid, a little textbook'],
  ['1', 'No tests on the importer; relied on staging', 'Testing is an afterthought'],
];

test('a 45-minute technical screen run by keyboard only: notes, an ad-hoc question, a reload, the scorecard', async ({
  app,
}) => {
  test.slow(); // a whole interview typed key by key: three times the budget
  const { page } = app;
  const live = new InterviewPage(page);
  const seeded = await seedTechnicalScreen(pageInvoke(page));
  fs.mkdirSync(ARTIFACTS, { recursive: true });

  // Interviews area, start form: candidate, round (picked for us), interviewer.
  await app.press('Mod+3');
  await expect(app.heading()).toHaveText('Interviews');
  const candidate = live.startForm.getByLabel('Candidate');
  await live.tabTo(candidate, 20);
  await page.keyboard.type(seeded.candidateName);
  await expect(candidate).toHaveValue(seeded.candidateId);
  const round = live.startForm.getByLabel('Round');
  await expect(round).toHaveValue(seeded.roundId);
  await expect(round.locator('option:checked')).toHaveText(/Technical screen \(45 min, 6 questions\)/);
  await live.tabTo(live.startForm.getByLabel('Interviewer'));
  await page.keyboard.type('Dana Reyes');
  await page.keyboard.press('Enter');

  await expect(live.live).toBeVisible();
  await expect(live.position).toHaveText('Question 1 of 6');
  await expect(live.roundClock).toContainText('/ 45:00');
  await expect(page.getByTestId('calibration-note')).toHaveText(seeded.calibrationNote);
  await expect(page.getByRole('navigation', { name: 'Areas' })).toHaveCount(0);

  // Questions 1 and 2: rated and noted; a red flag on the second.
  await live.rateAndNote(...(NOTES[0] as [string, string, string]));
  await expect(live.rating(/^3 Solid/)).toHaveAttribute('aria-pressed', 'true');
  await page.keyboard.press('j');
  await expect(live.position).toHaveText('Question 2 of 6');
  await live.rateAndNote(...(NOTES[1] as [string, string, string]));
  await page.keyboard.press('f');
  await page.keyboard.press('Space');
  await expect(
    page
      .getByRole('group', { name: /Red flags/ })
      .getByRole('checkbox')
      .first(),
  ).toBeChecked();

  // An ad-hoc question from the bank, inserted after question 2 and made current.
  await page.keyboard.press('/');
  await expect(live.search).toBeFocused();
  await page.keyboard.type(seeded.adHocSearch);
  // The list answers the whole word typed (a highlight of it), not a search still on its way.
  await expect(page.getByRole('option').first().locator('mark').first()).toHaveText(
    new RegExp(`^${seeded.adHocSearch}$`, 'i'),
  );
  await page.keyboard.press('Enter');
  await expect(live.position).toHaveText('Question 3 of 7');
  await expect(page.getByText('Added during the call')).toBeVisible();
  await expect(live.question).toBeFocused(); // the new question, once the search has closed
  await live.rateAndNote(...(NOTES[2] as [string, string, string]));
  await page.keyboard.press('j');
  await expect(live.position).toHaveText('Question 4 of 7');
  await live.rateAndNote(...(NOTES[3] as [string, string, string]));
  await live.waitUntilSaved();
  await page.screenshot({ path: path.join(ARTIFACTS, 'live-mode.png') });

  // The window goes away mid-interview; reopening lands on the same question, notes and clock.
  // Wait until the round clock shows more than a second, so "not reset" means something.
  await expect.poll(() => live.roundElapsedMs(), { timeout: 30_000 }).toBeGreaterThan(1000);
  const before = await live.roundElapsedMs();
  await page.reload();
  await app.waitUntilReady();
  await expect(live.position).toHaveText('Question 4 of 7');
  await expect(live.evidence).toHaveValue(NOTES[3]?.[1] ?? '');
  await expect(live.judgement).toHaveValue(NOTES[3]?.[2] ?? '');
  await expect(live.rating(/^3 Solid/)).toHaveAttribute('aria-pressed', 'true');
  await expect.poll(() => live.roundElapsedMs()).toBeGreaterThanOrEqual(Math.max(1_000, before - 5_000));
  await page.keyboard.press('k');
  await expect(live.position).toHaveText('Question 3 of 7');
  await expect(live.evidence).toHaveValue(NOTES[2]?.[1] ?? '');

  // The fifth rated question.
  await page.keyboard.press('j');
  await page.keyboard.press('j');
  await expect(live.position).toHaveText('Question 5 of 7');
  await live.rateAndNote(...(NOTES[4] as [string, string, string]));
  await live.waitUntilSaved();

  // Bench: next-question render time over 20 presses of J and K.
  await installRenderProbe(page);
  await pressNextAndBack(page, 20);
  const samples = await collectedSamples(page);
  const report = renderReport(samples);
  for (const line of report) console.log(line);
  fs.writeFileSync(path.join(ARTIFACTS, 'render-bench.txt'), `${report.join('\n')}\n`);
  await expect(live.position).toHaveText('Question 5 of 7');

  // End with Ctrl/Cmd+Enter, confirm with Enter: the scorecard opens.
  await app.press('Mod+Enter');
  const confirm = page.getByRole('dialog', { name: 'End this interview?' });
  await expect(confirm.getByRole('button', { name: 'End and score' })).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(app.heading()).toHaveText('Scorecard');
  await expect(page.getByText(NOTES[0]?.[1] ?? '').first()).toBeVisible();

  // Each focus attribute: Tab into its scale, Space, arrows to the level. The interviewer did not
  // get to system design, so it is marked "Not assessed" (the fifth choice) rather than guessed.
  const attributes = ['API design', 'Data modelling and SQL', 'System design', 'Communication'];
  const levels: (1 | 2 | 3 | 4 | 'not-assessed')[] = [3, 3, 'not-assessed', 4];
  for (const [i, label] of attributes.entries()) {
    const group = page.getByRole('radiogroup', { name: label });
    const level = levels[i] ?? 1;
    await live.chooseRadio(group.getByRole('radio').first(), level === 'not-assessed' ? 4 : level - 1);
    const name = level === 'not-assessed' ? /^Not assessed/ : new RegExp(`^${level} `);
    await expect(group.getByRole('radio', { name })).toBeChecked();
  }
  const recommendation = page.getByRole('radiogroup', { name: /Recommendation/ });
  await live.tabTo(recommendation.getByRole('radio').first(), 20);
  await page.keyboard.press('Space');
  await page.keyboard.press('ArrowRight');
  await page.keyboard.press('ArrowRight');
  await expect(recommendation.getByRole('radio', { name: 'Yes', exact: true })).toBeChecked();
  await live.tabTo(page.getByRole('textbox', { name: /Summary/ }));
  await page.keyboard.type('Reasons from real systems with numbers; testing is the gap to probe onsite.');
  await live.tabTo(page.getByRole('button', { name: 'Submit scorecard' }));
  await page.keyboard.press('Enter');
  await expect(live.scorecardStatus).toContainText(/Submitted .* version 1 · locked/);
  await expect(page.getByRole('button', { name: 'Revise…' })).toBeVisible();
  await app.heading().scrollIntoViewIfNeeded();
  await page.screenshot({ path: path.join(ARTIFACTS, 'scorecard.png') });
  await page.getByRole('heading', { name: 'Your call' }).scrollIntoViewIfNeeded();
  await page.screenshot({ path: path.join(ARTIFACTS, 'scorecard-call.png') });

  // What was stored is what was typed.
  const stored = await pageInvoke(page)('scorecards.forInterview', {
    interviewId: page.url().match(/interviews\/([0-9a-f-]{36})\/scorecard/)?.[1],
  });
  expect(stored.ok && stored.value).toMatchObject({ status: 'submitted', version: 1, recommendation: 'yes' });
  const storedRatings = stored.ok
    ? (stored.value as { attributeRatings: { label: string; rating: unknown }[] }).attributeRatings
    : [];
  expect(storedRatings.map((a) => [a.label, a.rating])).toEqual(
    attributes.map((label, i) => [label, levels[i]]),
  );
  // Locked, it still reads "Not assessed", not a number.
  await expect(
    page.getByRole('radiogroup', { name: 'System design' }).getByRole('radio', { name: /^Not assessed/ }),
  ).toBeChecked();
});
