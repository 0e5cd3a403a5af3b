import type { Page } from '@playwright/test';
import type { SeedInvoke } from './interview-seed';

/*
 * Code run inside the page (end-to-end test and bench). It is written as source text so that
 * the Node projects that compile this file need no DOM types.
 */

export interface RenderSample {
  /** Key down to the question's DOM being replaced: the handler, React's render and commit. */
  commit: number;
  /** The same, plus style and layout forced right after the commit. */
  layout: number;
  /** Key down to just after the next frame was painted (includes waiting for that frame). */
  paint: number;
}

/**
 * Times each J/K press in live mode: `performance.mark` at key down (capture phase, before
 * the app's own handler), a MutationObserver for the moment the new question is in the DOM
 * (a clock ticking is a mutation too, so it waits for the position to change), a forced
 * layout, then rAF and a macrotask for the next paint.
 */
const PROBE = `(() => {
  window.__renderSamples = [];
  window.addEventListener('keydown', (event) => {
    if (event.key !== 'j' && event.key !== 'k') return;
    const root = document.querySelector('[data-testid="live-interview"]');
    if (!root) return;
    const where = () => document.querySelector('[data-testid="question-position"]')?.textContent;
    const before = where();
    const start = performance.now();
    performance.mark('next-question:key');
    const observer = new MutationObserver(() => {
      if (where() === before) return;
      observer.disconnect();
      const commit = performance.now();
      void document.body.offsetHeight;
      const layout = performance.now();
      performance.measure('next-question:commit', { start, end: commit });
      requestAnimationFrame(() => {
        setTimeout(() => {
          const paint = performance.now();
          performance.measure('next-question:paint', { start, end: paint });
          window.__renderSamples.push({ commit: commit - start, layout: layout - start, paint: paint - start });
        }, 0);
      });
    });
    observer.observe(root, { subtree: true, childList: true, characterData: true });
  }, { capture: true });
})()`;

export async function installRenderProbe(page: Page): Promise<void> {
  await page.evaluate(PROBE);
}

export async function collectedSamples(page: Page): Promise<RenderSample[]> {
  return (await page.evaluate('window.__renderSamples ?? []')) as RenderSample[];
}

/** Presses J and K alternately `count` times, each once the previous one was measured. */
export async function pressNextAndBack(page: Page, count: number): Promise<void> {
  const before = (await collectedSamples(page)).length;
  for (let i = 0; i < count; i += 1) {
    await page.keyboard.press(i % 2 === 0 ? 'j' : 'k');
    // A function, not source text: the app's CSP refuses text evaluated inside the page.
    await page.waitForFunction(
      (count) => ((globalThis as { __renderSamples?: unknown[] }).__renderSamples?.length ?? 0) > count,
      before + i,
    );
  }
}

/**
 * Calls a channel the way the renderer does under preview: POST to the invoke endpoint with
 * the token the page was served in its meta tag. (For setting up data, not for the steps a
 * test checks.)
 */
export function pageInvoke(page: Page): SeedInvoke {
  return async (channel, input) =>
    (await page.evaluate(`(async (body) => {
      const token = document.querySelector('meta[name="reqdesk-token"]')?.content ?? '';
      const response = await fetch('/api/invoke', {
        method: 'POST',
        headers: { 'content-type': 'application/json', 'x-reqdesk-token': token },
        body,
      });
      return response.json();
    })(${JSON.stringify(JSON.stringify({ channel, input }))})`)) as Awaited<ReturnType<SeedInvoke>>;
}

export function percentile(values: number[], q: number): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))] ?? Number.NaN;
}

/** One line per figure, like the other benches: `name: value unit`. */
export function renderReport(samples: RenderSample[]): string[] {
  const line = (name: string, key: keyof RenderSample) => {
    const values = samples.map((s) => s[key]);
    const p50 = percentile(values, 0.5).toFixed(2);
    const p95 = percentile(values, 0.95).toFixed(2);
    return `interview next question, ${name} (p50 / p95 of ${samples.length}): ${p50} / ${p95} ms`;
  };
  return [
    line('key to DOM committed', 'commit'),
    line('key to committed and laid out', 'layout'),
    line('key to next paint', 'paint'),
  ];
}
