import fs from 'node:fs';
import path from 'node:path';
import { chromium } from '@playwright/test';
import { openCore } from '../../electron/core/open-core';
import { startPreviewServer } from '../../electron/preview/server';
import {
  collectedSamples,
  installRenderProbe,
  pageInvoke,
  percentile,
  pressNextAndBack,
  type RenderSample,
} from '../support/interview-render-probe';
import { seedTechnicalScreen } from '../support/interview-seed';
import { makeTempDir } from '../support/temp-db';
import { type Bench, report } from './harness';

const CHROMIUM = process.env.REQDESK_CHROMIUM ?? '/usr/bin/chromium';
const RENDERER = path.resolve('out/renderer');
const WARMUP = 10;
const PRESSES = 60;

/**
 * Live mode's next-question render in Chromium against the preview (the built renderer, the
 * real core): J and K alternately, each timed from key down to the new question committed,
 * laid out and painted. Target: the app's work (commit and layout) under one 16 ms frame.
 * Needs `npx electron-vite build` first; `npm run bench -- interview-render` runs it alone.
 */
export const interviewRenderBench: Bench = {
  name: 'interview-render',
  async run() {
    if (!fs.existsSync(path.join(RENDERER, 'index.html'))) {
      console.log('interview render: skipped, no renderer build (run `npx electron-vite build` first)');
      return;
    }
    const { dir, cleanup } = makeTempDir('reqdesk-bench-interview-');
    const ctx = await openCore(path.join(dir, 'reqdesk.sqlite'), { transport: 'preview' });
    const server = await startPreviewServer({ ctx, rendererRoot: RENDERER, port: 0 });
    const browser = await chromium.launch({
      executablePath: CHROMIUM,
      args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--no-first-run'],
    });
    try {
      const page = await (await browser.newContext({ viewport: { width: 1440, height: 900 } })).newPage();
      await page.goto(server.url);
      await page.waitForSelector('html[data-app-state="ready"]');
      const invoke = pageInvoke(page);
      const seeded = await seedTechnicalScreen(invoke, { questions: 8 });
      const started = await invoke('interviews.start', {
        candidateId: seeded.candidateId,
        roundId: seeded.roundId,
        interviewer: 'Bench',
      });
      if (!started.ok) throw new Error(started.error.message);
      const { id } = started.value as { id: string };
      await page.goto(`${server.url}#/interviews/${id}`);
      await page.waitForSelector('[data-testid="question-position"]');
      await installRenderProbe(page);

      await pressNextAndBack(page, WARMUP);
      const warm = (await collectedSamples(page)).length;
      await pressNextAndBack(page, PRESSES);
      const samples = (await collectedSamples(page)).slice(warm);
      const figure = (name: string, key: keyof RenderSample) => {
        const values = samples.map((s) => s[key]);
        report(`interview next question, ${name} (median)`, percentile(values, 0.5), 'ms');
        report(`interview next question, ${name} (p95)`, percentile(values, 0.95), 'ms');
      };
      figure('key to DOM committed', 'commit');
      figure('key to committed and laid out', 'layout');
      figure('key to next paint', 'paint');
    } finally {
      await browser.close();
      await server.close();
      await ctx.database.close();
      cleanup();
    }
  },
};
