import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { chromium } from '@playwright/test';
import { writeDocx } from '../../electron/core/documents/docx-writer';
import { writePdf } from '../../electron/core/documents/pdf/pdf-writer';
import { twoPageJd } from '../core/documents/samples';
import { makeTempDir } from '../support/temp-db';
import { toHtml, toMarkdown } from './document-markup';
import { type Bench, measure, report } from './harness';

const CHROMIUM = process.env.REQDESK_CHROMIUM ?? '/usr/bin/chromium';
const CHROMIUM_FLAGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
];

const pagesOf = (pdf: string) =>
  Number(/^Pages:\s+(\d+)/m.exec(execFileSync('pdfinfo', [pdf], { encoding: 'utf8' }))?.[1]);

/**
 * Exports of a two-page JD, warm (fonts parsed, code loaded), against what a recruiter would
 * otherwise use: pandoc from Markdown for DOCX, Chromium's page.pdf() for PDF (browser kept
 * open, as a warm anchor should be). Targets: DOCX <= 100 ms, PDF <= 300 ms, each under its anchor.
 */
export const documentsBench: Bench = {
  name: 'documents',
  async run() {
    const { dir, cleanup } = makeTempDir('reqdesk-bench-docs-');
    try {
      const model = twoPageJd();
      const options = { pageSize: 'letter' } as const;

      const coldStart = performance.now();
      const firstPdf = await writePdf(model, options);
      report(
        'documents PDF first export in this process (fonts parsed)',
        performance.now() - coldStart,
        'ms',
      );
      fs.writeFileSync(path.join(dir, 'jd.pdf'), firstPdf);
      report('documents JD sample length', pagesOf(path.join(dir, 'jd.pdf')), 'pages');

      const docx = await measure(() => writeDocx(model, options), 30, 3);
      report('documents DOCX export, warm (median)', docx.median, 'ms');
      report('documents DOCX export, warm (p95)', docx.p95, 'ms');
      const pdf = await measure(() => writePdf(model, options), 30, 3);
      report('documents PDF export, warm (median)', pdf.median, 'ms');
      report('documents PDF export, warm (p95)', pdf.p95, 'ms');

      const md = path.join(dir, 'jd.md');
      fs.writeFileSync(md, toMarkdown(model));
      const pandoc = await measure(
        () =>
          execFileSync('pandoc', ['-f', 'markdown', '-t', 'docx', '-o', path.join(dir, 'pandoc.docx'), md]),
        10,
        1,
      );
      report('documents pandoc markdown -> docx (median)', pandoc.median, 'ms');

      const browser = await chromium.launch({ executablePath: CHROMIUM, args: CHROMIUM_FLAGS });
      try {
        const page = await (await browser.newContext()).newPage();
        const html = toHtml(model);
        const chrome = await measure(
          async () => {
            await page.setContent(html);
            await page.pdf({
              format: 'Letter',
              margin: { top: '1in', bottom: '1in', left: '1in', right: '1in' },
            });
          },
          15,
          2,
        );
        report('documents Chromium page.pdf(), page open (median)', chrome.median, 'ms');
        report('documents ratio DOCX / pandoc (lower is better)', docx.median / pandoc.median, 'x');
        report('documents ratio PDF / Chromium (lower is better)', pdf.median / chrome.median, 'x');
      } finally {
        await browser.close();
      }
    } finally {
      cleanup();
    }
  },
};
