import { describe, expect, it } from 'vitest';
import { LatestRequest } from '../../renderer/src/ui/latest-request';

/** Answers arriving out of order: a slow older search must not replace a newer one on screen. */
describe('LatestRequest', () => {
  it('lets only the newest of overlapping requests apply its answer', async () => {
    const requests = new LatestRequest();
    const shown: string[] = [];
    const ask = async (answer: string, arrives: Promise<void>) => {
      const isLatest = requests.start();
      await arrives;
      if (isLatest()) shown.push(answer);
    };
    let releaseOld: () => void = () => {};
    const old = ask('old', new Promise((resolve) => (releaseOld = resolve)));
    await ask('new', Promise.resolve());
    releaseOld();
    await old;
    expect(shown).toEqual(['new']);
  });

  it('drops every answer still on its way once cancelled', async () => {
    const requests = new LatestRequest();
    const isLatest = requests.start();
    requests.cancel();
    expect(isLatest()).toBe(false);
    expect(requests.start()()).toBe(true);
  });
});
