import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';
import { pageInvoke } from '../support/interview-render-probe';
import { seedTechnicalScreen } from '../support/interview-seed';
import { expect, test } from './fixtures';
import { DebriefPage, type PanelRun } from './pages/debrief-page';

const ARTIFACTS = path.resolve('test/artifacts/debrief');
const ATTRIBUTES = ['API design', 'Data modelling and SQL', 'System design', 'Communication'];

const PANEL: PanelRun[] = [
  {
    interviewer: 'Dana Reyes',
    questions: [
      { key: '3', evidence: 'Split the orders table by tenant when lock waits hit 2 s' },
      { key: '4', evidence: 'Kept v1 alive nine months for two partners' },
    ],
    scores: [3, 3, 3, 4],
    verdict: 'Strong yes',
    summary: 'Has run real systems and can say why each choice was made.',
  },
  {
    interviewer: 'Lee Okafor',
    questions: [
      { key: '2', evidence: 'Normalised everything, could not say what the hot path was' },
      { key: '1', evidence: 'Broke clients twice without a deprecation window', redFlag: true },
    ],
    // Nothing in Lee's interview reached system design: not assessed, not a guess.
    scores: [1, 3, 'not-assessed', 2],
    verdict: 'No',
    summary: 'Contracts with other teams were an afterthought.',
  },
  {
    interviewer: 'Kim Tanaka',
    questions: [
      { key: '3', evidence: 'Chose Postgres over a document store for the joins' },
      { key: '2', evidence: 'Versioned in the path, unsure about sunsetting' },
    ],
    scores: [2, 3, 3, 3],
    verdict: 'Yes',
    summary: 'Solid on data, thinner on contracts.',
  },
];

/** Serious and critical axe findings on the page as it stands. */
async function seriousViolations(page: Page): Promise<string[]> {
  const results = await new AxeBuilder({ page }).analyze();
  return results.violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map((v) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(' ')).join(', ')})`);
}

test('three interviewers score one candidate; the debrief shows grid, split and flag; the decision is recorded and the packet exported', async ({
  app,
}) => {
  test.slow(); // three interviews typed key by key: three times the budget
  const { page } = app;
  const debrief = new DebriefPage(page);
  const seeded = await seedTechnicalScreen(pageInvoke(page), { questions: 2, candidateName: 'Amaru Quispe' });
  fs.mkdirSync(ARTIFACTS, { recursive: true });

  for (const run of PANEL) await debrief.runAndScore(seeded.candidateName, ATTRIBUTES, run);

  // The candidate is found from the command palette by name.
  await app.press('Mod+K');
  await expect(app.palette).toBeVisible();
  await page.keyboard.type('Amaru');
  await expect(
    page.getByRole('button', { name: /Amaru Quispe Candidate · Senior Backend Engineer/ }),
  ).toBeVisible();
  await page.keyboard.press('ArrowDown');
  await page.keyboard.press('Enter');
  await expect(app.heading()).toHaveText('Amaru Quispe');
  await expect(debrief.clock).toHaveAttribute('data-state', 'running');
  await expect(debrief.clock).toContainText(/Decision due in (47 h|48 h 0 min)/);
  await expect(page.getByRole('table', { name: 'Interviews and scorecards' }).getByRole('row')).toHaveCount(
    4,
  );
  expect(await seriousViolations(page)).toEqual([]);
  await page.screenshot({ path: path.join(ARTIFACTS, 'candidate.png'), fullPage: true });

  // The debrief: the aggregate first, then the flags.
  await page.getByRole('link', { name: 'Open the debrief' }).focus();
  await page.keyboard.press('Enter');
  await expect(app.heading()).toHaveText('Debrief: Amaru Quispe');
  await debrief.expectGridRow('API design', ['API design', '3', '1', '2', '2.00', '2', '3']);
  await debrief.expectGridRow('System design', ['System design', '3', 'not assessed', '3', '3.00', '0', '2']);
  await debrief.expectGridRow('Data modelling and SQL', [
    'Data modelling and SQL',
    '3',
    '3',
    '3',
    '3.00',
    '0',
    '3',
  ]);
  await expect(page.getByTestId('recommendation-tally')).toHaveText('No 1 · Yes 1 · Strong yes 1');
  await expect(debrief.disagreements('recommendation-split')).toContainText(
    'Split recommendation: 2 for, 1 against',
  );
  await expect(debrief.disagreements('rating-gap').first()).toContainText('API design: scores from 1 to 3');
  const lone = debrief.disagreements('lone-red-flag');
  await expect(lone).toContainText('Red flag raised by Lee Okafor only');
  await expect(lone).toContainText('Broke clients twice without a deprecation window');
  await expect(lone).toContainText('Kept v1 alive nine months for two partners');
  // The aggregate comes before the free-text decision.
  const gridBox = await debrief.grid.boundingBox();
  const rationaleBox = await page.getByRole('textbox', { name: /Rationale/ }).boundingBox();
  expect(gridBox && rationaleBox && gridBox.y < rationaleBox.y).toBe(true);

  // Evidence one click away: Lee's 1 on API design.
  await page.getByRole('button', { name: 'API design, Lee Okafor: 1. Show the evidence' }).focus();
  await page.keyboard.press('Enter');
  await expect(
    page.getByRole('dialog').getByText('Broke clients twice without a deprecation window'),
  ).toBeVisible();
  await page.keyboard.press('Escape');
  expect(await seriousViolations(page)).toEqual([]);

  // The recruiter records the decision, by keyboard.
  const form = page.getByRole('form', { name: 'Record the decision' });
  await debrief.live.tabTo(form.getByRole('radio', { name: 'Hire', exact: true }), 60);
  await page.keyboard.press('Space');
  await expect(form.getByRole('radio', { name: 'Hire', exact: true })).toBeChecked();
  await debrief.live.tabTo(form.getByRole('textbox', { name: /Rationale/ }));
  await page.keyboard.type(
    'Data modelling carried it; the API split was talked through and Lee agreed to a take-home.',
  );
  await debrief.live.tabTo(form.getByRole('textbox', { name: /Decided by/ }));
  await page.keyboard.press('ControlOrMeta+A');
  await page.keyboard.type('Priya Natarajan');
  await debrief.live.tabTo(form.getByRole('button', { name: 'Record the decision' }));
  await page.keyboard.press('Enter');
  const recorded = page.getByTestId('recorded-decision');
  await expect(recorded).toContainText('Hire');
  await expect(recorded).toContainText('version 1, by Priya Natarajan');
  await expect(debrief.clock).toHaveAttribute('data-state', 'decided');
  await page.screenshot({ path: path.join(ARTIFACTS, 'debrief.png'), fullPage: true });

  // The packet: both files download; the PDF's text holds the grid's figures.
  const downloads: Promise<import('@playwright/test').Download>[] = [
    page.waitForEvent('download'),
    page.waitForEvent('download', (d) => d.suggestedFilename().endsWith('.pdf')),
  ];
  await page.getByRole('button', { name: 'Export the packet (DOCX and PDF)' }).focus();
  await page.keyboard.press('Enter');
  const pdf = await downloads[1];
  const pdfPath = path.join(ARTIFACTS, 'debrief-packet.pdf');
  await pdf?.saveAs(pdfPath);
  const text = execFileSync('/usr/bin/pdftotext', ['-layout', pdfPath, '-'], { encoding: 'utf8' }).replace(
    /\s+/g,
    ' ',
  );
  expect(text).toMatch(/API design 3 1 2 2\.00 2 3/);
  expect(text).toMatch(/System design 3 not assessed 3 3\.00 0 2/);
  expect(text).toContain('Red flag raised by Lee Okafor only');
  expect(text).toContain('Priya Natarajan');

  // The candidate's stage followed the decision.
  await page.getByRole('link', { name: 'Back to Amaru Quispe' }).click();
  await expect(page.getByTestId('stage-timeline')).toContainText('Offer');
  await expect(page.getByTestId('candidate-decision')).toContainText('Hire (version 1), by Priya Natarajan');
});
