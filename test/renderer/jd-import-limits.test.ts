import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { setTransport } from '../../renderer/src/api';
import { useImportJdStore } from '../../renderer/src/features/jd/import-jd-store';
import { JD_LIMITS } from '../../shared/jd';

const store = () => useImportJdStore.getState();

beforeEach(() => {
  vi.useFakeTimers();
  // No core behind this test: a check that does get sent fails plainly.
  setTransport({
    invoke: async () => ({ ok: false, error: { code: 'unavailable', message: 'no core in this test' } }),
  } as unknown as Parameters<typeof setTransport>[0]);
  store().close();
});

afterEach(() => {
  store().close();
  vi.useRealTimers();
});

describe('the import store: text over the limit', () => {
  it('refuses an edit that makes the text longer than the limit', () => {
    store().setText('a'.repeat(JD_LIMITS.text));
    store().setText('a'.repeat(JD_LIMITS.text + 1));
    expect(store().text).toHaveLength(JD_LIMITS.text);
    expect(store().error).toMatch(/up to 200,000/);
  });

  it('takes edits that make an over-long text shorter, until it is under the limit', () => {
    const over = 'a'.repeat(JD_LIMITS.text + 5_000);
    // A file's text can be longer than typing allows: it arrives without setText.
    useImportJdStore.setState({ text: over });
    store().setText(over.slice(0, -1_000));
    expect(store().text).toHaveLength(JD_LIMITS.text + 4_000);
    expect(store().error).toMatch(/4,000 characters over/);
    // Growing it again is still refused.
    store().setText(`${store().text}bb`);
    expect(store().text).toHaveLength(JD_LIMITS.text + 4_000);
    store().setText(over.slice(0, JD_LIMITS.text - 10));
    expect(store().text).toHaveLength(JD_LIMITS.text - 10);
    expect(store().error).toBeNull();
  });
});
