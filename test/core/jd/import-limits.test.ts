import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { dispatch } from '../../../electron/core/dispatch';
import { readJdFile } from '../../../electron/core/jd/read-file';
import type { JdText } from '../../../shared/domain/jd';
import { JD_LIMITS } from '../../../shared/jd';
import type { RoleSpec } from '../../../shared/roles';
import { openTempCore, type TempCore } from '../../support/temp-db';

/** A plain-text JD with the given body lines. */
const jd = (...body: string[]) =>
  ['Backend Engineer (Go)', 'About the role', 'You will own the ledger.', ...body].join('\n');

describe('readJdFile: text that would fail later', () => {
  it('turns form feeds and vertical tabs into line breaks and drops other control characters', async () => {
    const file = await readJdFile(
      'old.txt',
      Buffer.from(jd('Page one.\fAbout Acme\vAcme sells\u0007 tents.\u001b')),
    );
    expect(file.text).toBe(
      'Backend Engineer (Go)\nAbout the role\nYou will own the ledger.\nPage one.\nAbout Acme\nAcme sells tents.',
    );
  });

  it('refuses text over the JD limit, saying the limit', async () => {
    const big = Buffer.from(
      jd(...Array.from({ length: 34_000 }, (_, i) => `- Line ${i} of a very long old JD.`)),
    );
    expect(big.byteLength).toBeGreaterThan(1_000_000);
    await expect(readJdFile('huge.txt', big)).rejects.toThrow(
      `huge.txt has ${big.byteLength.toLocaleString('en-US')} characters of text; a job description can be at most ${JD_LIMITS.text.toLocaleString('en-US')} characters.`,
    );
    const atLimit = Buffer.from('x'.repeat(JD_LIMITS.text));
    expect((await readJdFile('full.txt', atLimit)).text).toHaveLength(JD_LIMITS.text);
  });
});

describe('an imported file goes on to check and convert', () => {
  let core: TempCore;
  beforeAll(async () => {
    core = await openTempCore({ now: new Date('2026-11-23T10:00:00Z') });
  });
  afterAll(async () => {
    await core.close();
  });

  const importFile = async (name: string, text: string) => {
    const result = await dispatch(core.ctx, 'jd.importFile', {
      name,
      base64: Buffer.from(text).toString('base64'),
    });
    expect(result.ok, JSON.stringify(result)).toBe(true);
    return (result as { ok: true; value: { text: string; document: JdText } }).value;
  };

  const convertAndSave = async (input: { text: string } | { document: JdText }) => {
    const converted = await dispatch(core.ctx, 'jd.toRoleSpec', input);
    expect(converted.ok, JSON.stringify(converted)).toBe(true);
    const spec = (converted as { ok: true; value: { spec: RoleSpec } }).value.spec;
    const created = await dispatch(core.ctx, 'roles.create', { spec });
    expect(created.ok, JSON.stringify(created)).toBe(true);
    return spec;
  };

  it('a .txt with form feeds converts into a role that saves', async () => {
    const file = await importFile('old.txt', jd('About Acme', 'Acme sells tents.\fWe are 40 people.\v'));
    const spec = await convertAndSave({ document: file.document });
    expect(spec.companyBlurb).toBe('Acme sells tents.\nWe are 40 people.');
  });

  it('pasted text with control characters converts into a role that saves', async () => {
    const spec = await convertAndSave({
      text: jd('About Acme', 'Acme sells\u0007 tents.\fWe are 40 people.'),
    });
    expect(spec.companyBlurb).toBe('Acme sells tents.\nWe are 40 people.');
  });

  it('a .md with more than 40 headings is checked and converted', async () => {
    const body = Array.from(
      { length: 60 },
      (_, i) => `## Requirements ${i % 2 ? '' : 'and qualifications'}\n- Skill ${i}`,
    );
    const file = await importFile('many.md', jd(...body));
    expect(file.document.sections.length).toBeLessThanOrEqual(40);
    const checked = await dispatch(core.ctx, 'jd.check', { document: file.document });
    expect(checked.ok, JSON.stringify(checked).slice(0, 300)).toBe(true);
    await convertAndSave({ document: file.document });
  });
});
