import fs from 'node:fs';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { dispatch } from '../../../electron/core/dispatch';
import type { DocumentExportResult } from '../../../shared/documents';
import type {
  Jd,
  JdCheckResult,
  JdRegenerateResult,
  JdSaveResult,
  JdToRoleSpecResult,
  JdVersion,
} from '../../../shared/jd';
import type { Role, RoleSpec } from '../../../shared/roles';
import { caller } from '../../support/core-caller';
import { openTempCore, type TempCore } from '../../support/temp-db';
import { normalise, python, run } from '../documents/tools';
import { fixture } from './helpers';
import { completeSpec } from './specs';

let core: TempCore;
let now = new Date('2026-11-23T09:00:00Z');
beforeEach(async () => {
  now = new Date('2026-11-23T09:00:00Z');
  core = await openTempCore();
  core.ctx.clock = () => now;
});
afterEach(async () => {
  await core.close();
});

const { call, refusal: failure } = caller(() => core.ctx);

const roleWith = (spec: RoleSpec) => call<Role>('roles.create', { spec });
const section = (jd: Jd, id: string) => jd.sections.find((s) => s.id === id) as Jd['sections'][number];
let seq = 0;
const save = (jd: Jd, sections: { id: string; text: string }[]) =>
  call<JdSaveResult>('jd.save', { id: jd.id, sections, clientSeq: ++seq });

describe('jd.forRole', () => {
  it('generates the JD on first use, stores it, and returns the same one after', async () => {
    const role = await roleWith(completeSpec());
    const jd = await call<Jd>('jd.forRole', { roleId: role.id });
    expect(jd.roleId).toBe(role.id);
    expect(jd.sections.map((s) => s.id)).toEqual([
      'title',
      'about',
      'first90',
      'requirements',
      'compensation',
      'company',
    ]);
    expect(jd.sections.every((s) => s.text === s.generated && s.guidance.length > 0)).toBe(true);
    expect(section(jd, 'title').text).toBe('Senior Backend Engineer (Data Platform)');
    expect(jd.finalAt).toBeNull();
    expect(Object.values(jd.stale).some(Boolean)).toBe(false);
    const again = await call<Jd>('jd.forRole', { roleId: role.id });
    expect(again.id).toBe(jd.id);
    expect(again.createdAt).toBe(jd.createdAt);
    const count = core.database.sqlite.prepare('select count(*) from jds').pluck().get();
    expect(count).toBe(1);
  });

  it('refuses a role that does not exist and bad ids', async () => {
    expect((await failure('jd.forRole', { roleId: '6f1c1f44-6a55-4b8e-9d5a-1df0b6f2c111' })).code).toBe(
      'not_found',
    );
    expect((await failure('jd.forRole', { roleId: 'nope' })).code).toBe('bad_input');
  });
});

describe('jd.save', () => {
  it('stores edited texts and drops a save that arrives after a newer one', async () => {
    const jd = await call<Jd>('jd.forRole', { roleId: (await roleWith(completeSpec())).id });
    const newer = await call<JdSaveResult>('jd.save', {
      id: jd.id,
      sections: [{ id: 'about', text: 'Newer text.' }],
      clientSeq: 1_700_000_000_002,
    });
    expect(newer.applied).toBe(true);
    expect(section(newer.jd, 'about').text).toBe('Newer text.');
    expect(section(newer.jd, 'about').generated).toBe(section(jd, 'about').generated);
    expect(newer.jd.revision).toBe(jd.revision + 1);
    const late = await call<JdSaveResult>('jd.save', {
      id: jd.id,
      sections: [{ id: 'about', text: 'Older text.' }],
      clientSeq: 1_700_000_000_001,
    });
    expect(late.applied).toBe(false);
    expect(section(late.jd, 'about').text).toBe('Newer text.');
    const stored = await call<Jd>('jd.forRole', { roleId: jd.roleId });
    expect(section(stored, 'about').text).toBe('Newer text.');
    expect(section(stored, 'first90').text).toBe(section(jd, 'first90').text);
  });

  it('refuses control characters and unknown sections', async () => {
    const jd = await call<Jd>('jd.forRole', { roleId: (await roleWith(completeSpec())).id });
    expect(
      (await failure('jd.save', { id: jd.id, sections: [{ id: 'about', text: 'a\u0000b' }], clientSeq: 1 }))
        .code,
    ).toBe('bad_input');
    expect(
      (await failure('jd.save', { id: jd.id, sections: [{ id: 'perks', text: 'x' }], clientSeq: 1 })).code,
    ).toBe('bad_input');
  });
});

describe('jd.regenerate', () => {
  it('flags the sections a spec edit moved past, and refreshes an untouched one', async () => {
    const role = await roleWith(completeSpec());
    const jd = await call<Jd>('jd.forRole', { roleId: role.id });
    await call('roles.patch', {
      id: role.id,
      patch: { scale: 'about 120 million events a day' },
      clientSeq: 1,
    });
    const after = await call<Jd>('jd.forRole', { roleId: role.id });
    expect(after.stale).toMatchObject({ about: true, first90: false, title: false, compensation: false });
    const result = await call<JdRegenerateResult>('jd.regenerate', { id: jd.id, sectionId: 'about' });
    expect(result.kept).toBe(false);
    expect(result.previousText).toBe(section(jd, 'about').text);
    expect(section(result.jd, 'about').text).toContain('about 120 million events a day');
    expect(result.jd.stale.about).toBe(false);
  });

  it('keeps a hand edit unless forced, and the previous text undoes a forced one', async () => {
    const role = await roleWith(completeSpec());
    const jd = await call<Jd>('jd.forRole', { roleId: role.id });
    const handText = `${section(jd, 'about').text} Two engineers joined last quarter.`;
    await save(jd, [{ id: 'about', text: handText }]);
    await call('roles.patch', { id: role.id, patch: { managerTitle: 'VP of Data' }, clientSeq: 1 });

    const kept = await call<JdRegenerateResult>('jd.regenerate', { id: jd.id, sectionId: 'about' });
    expect(kept.kept).toBe(true);
    expect(section(kept.jd, 'about').text).toBe(handText);
    expect(kept.jd.stale.about).toBe(true);
    expect(kept.jd.revision).toBe(jd.revision + 1);

    const forced = await call<JdRegenerateResult>('jd.regenerate', {
      id: jd.id,
      sectionId: 'about',
      force: true,
    });
    expect(forced.kept).toBe(false);
    expect(forced.previousText).toBe(handText);
    expect(section(forced.jd, 'about').text).toContain('report to the VP of Data');
    expect(section(forced.jd, 'about').text).toBe(section(forced.jd, 'about').generated);

    const undone = await save(forced.jd, [{ id: 'about', text: forced.previousText }]);
    expect(section(undone.jd, 'about').text).toBe(handText);
    // Other sections were never touched.
    expect(section(undone.jd, 'first90').text).toBe(section(jd, 'first90').text);
  });
});

describe('jd.markFinal', () => {
  it('turns a final JD back into a draft when its text changes, and only then', async () => {
    const role = await roleWith(completeSpec());
    const jd = await call<Jd>('jd.forRole', { roleId: role.id });
    await call('jd.markFinal', { id: jd.id, final: true });

    // Saving the same text (a blur, a flush) is not an edit: still final.
    const same = await save(jd, [{ id: 'about', text: section(jd, 'about').text }]);
    expect(same.jd.finalAt).not.toBeNull();

    const edited = await save(jd, [{ id: 'about', text: `${section(jd, 'about').text} Edited.` }]);
    expect(edited.jd.finalAt).toBeNull();

    // A regenerate that changes the text does the same.
    await call('jd.markFinal', { id: jd.id, final: true });
    await call('roles.patch', { id: role.id, patch: { scale: 'about 9 million jobs a day' }, clientSeq: 1 });
    const regenerated = await call<JdRegenerateResult>('jd.regenerate', {
      id: jd.id,
      sectionId: 'about',
      force: true,
    });
    expect(section(regenerated.jd, 'about').text).toContain('9 million jobs a day');
    expect(regenerated.jd.finalAt).toBeNull();
  });
});

describe('jd.checkStored', () => {
  it("runs the checks with the role's context: clean when complete, the Colorado error without a range", async () => {
    const role = await roleWith(completeSpec());
    const jd = await call<Jd>('jd.forRole', { roleId: role.id });
    const clean = await call<JdCheckResult>('jd.checkStored', { id: jd.id });
    expect(clean.report.findings.filter((f) => f.severity === 'error')).toEqual([]);
    expect(clean.document.title).toBe('Senior Backend Engineer (Data Platform)');

    await save(jd, [{ id: 'compensation', text: 'Benefits: medical, dental and vision.' }]);
    const missing = await call<JdCheckResult>('jd.checkStored', { id: jd.id });
    const pay = missing.report.findings.find((f) => f.id === 'missing-pay-range');
    expect(pay?.severity).toBe('error');
    expect(pay?.message).toMatch(/Colorado/);
    // Below the advisor's band: the band comes from the comp data, not from the JD.
    await save(jd, [{ id: 'compensation', text: 'Base salary: $90,000-$100,000 a year.' }]);
    const low = await call<JdCheckResult>('jd.checkStored', { id: jd.id });
    expect(low.report.findings.map((f) => f.id)).toContain('pay-out-of-band');
  });
});

function exportJd(roleId: string, extra: Record<string, unknown> = {}) {
  return dispatch(core.ctx, 'documents.export', { kind: 'jd', roleId, format: 'both', ...extra });
}

describe('documents.export of a JD', () => {
  it('writes DOCX and PDF of the stored JD without guidance, and stores a snapshot per export', async () => {
    const role = await roleWith(completeSpec());
    const jd = await call<Jd>('jd.forRole', { roleId: role.id });
    await save(jd, [{ id: 'about', text: `${section(jd, 'about').text} Edited by hand.` }]);
    const result = await exportJd(role.id);
    if (!result.ok) throw new Error(result.error.message);
    const value = result.value as DocumentExportResult;
    expect(value.files.map((f) => f.name)).toEqual([
      'Senior Backend Engineer (Data Platform).docx',
      'Senior Backend Engineer (Data Platform).pdf',
    ]);
    const docx = path.join(core.dir, 'jd.docx');
    const pdf = path.join(core.dir, 'jd.pdf');
    fs.writeFileSync(docx, Buffer.from(value.files[0]?.base64 ?? '', 'base64'));
    fs.writeFileSync(pdf, Buffer.from(value.files[1]?.base64 ?? '', 'base64'));

    const read = JSON.parse(python(path.resolve('test/core/documents/read-docx.py'), [docx])) as {
      body: { kind: string; style?: string; text?: string; numbered?: boolean }[];
    };
    const paragraphs = read.body.filter((b) => b.kind === 'paragraph');
    expect(paragraphs.filter((b) => b.style === 'Heading 2').map((b) => b.text)).toEqual([
      'About the role',
      'Your first 90 days',
      'What you bring',
      'Pay and benefits',
      'About Larkspur Freight',
    ]);
    expect(paragraphs.filter((b) => b.numbered).length).toBeGreaterThanOrEqual(6 + 4 + 3);
    const docxText = normalise(paragraphs.map((b) => b.text).join(' '));
    const pdfText = normalise(run('pdftotext', ['-layout', pdf, '-']));
    const guidance = jd.sections.map((s) => s.guidance);
    for (const text of [docxText, pdfText]) {
      expect(text).toContain('Senior Backend Engineer (Data Platform)');
      expect(text).toContain('Edited by hand.');
      expect(text).toContain('$172,000-$212,000');
      for (const g of guidance) expect(text).not.toContain(normalise(g).slice(0, 30));
      expect(text).not.toMatch(/Job title|One job, one title|Six lines/);
    }

    const versions = await call<JdVersion[]>('jd.versions', { id: jd.id });
    expect(versions).toHaveLength(1);
    expect(versions[0]).toMatchObject({
      jdId: jd.id,
      formats: ['docx', 'pdf'],
      final: false,
      overrideReason: null,
    });
    expect(versions[0]?.text.startsWith('Senior Backend Engineer (Data Platform)\n\nAbout the role\n')).toBe(
      true,
    );
    expect(versions[0]?.text).toContain('Edited by hand.');
    expect(versions[0]?.sections.map((s) => s.id)).toEqual(jd.sections.map((s) => s.id));

    now = new Date('2026-11-24T09:00:00Z');
    await save(jd, [{ id: 'about', text: 'Second edition.' }]);
    await exportJd(role.id, { format: 'pdf' });
    const two = await call<JdVersion[]>('jd.versions', { id: jd.id });
    expect(two.map((v) => v.formats)).toEqual([['pdf'], ['docx', 'pdf']]);
    expect(two[0]?.text).toContain('Second edition.');
    expect(two[1]?.text).not.toContain('Second edition.');
  });

  it('asks about placeholders without writing or storing anything, and snapshots the cut text once told', async () => {
    const role = await roleWith(completeSpec({ scale: '' }));
    const jd = await call<Jd>('jd.forRole', { roleId: role.id });
    const asked = await exportJd(role.id);
    expect(asked.ok && asked.value).toEqual({ files: [], placeholders: ['[scale, e.g. requests a day]'] });
    expect(await call<JdVersion[]>('jd.versions', { id: jd.id })).toEqual([]);
    const cut = await exportJd(role.id, { placeholders: 'remove' });
    if (!cut.ok) throw new Error(cut.error.message);
    // The PDF itself, read back, has the same cut: no husk of the sentence.
    const pdf = path.join(core.dir, 'no-husk.pdf');
    fs.writeFileSync(pdf, Buffer.from((cut.value as DocumentExportResult).files[1]?.base64 ?? '', 'base64'));
    const pdfText = normalise(run('pdftotext', ['-layout', pdf, '-']));
    expect(pdfText).toContain('About the role');
    expect(pdfText).not.toMatch(/which handles\s*\.|\[/);
    const [version] = await call<JdVersion[]>('jd.versions', { id: jd.id });
    // The sentence that held the placeholder goes whole: no husk such as "which handles.".
    expect(version?.text).not.toMatch(/which handles\W*(?:\.|$)/m);
    expect(version?.text).not.toMatch(/,\s*\./);
    expect(version?.text).not.toContain('[');
    expect(version?.text).toContain('About the role');
  });

  it('cuts placeholders out of the file names, page headers and properties too, with the "()" they leave', async () => {
    const role = await roleWith(completeSpec({ qualifier: '' }));
    const jd = await call<Jd>('jd.forRole', { roleId: role.id });
    expect(section(jd, 'title').text).toBe('Senior Backend Engineer ([qualifier])');
    const asked = await exportJd(role.id);
    expect(asked.ok && asked.value).toEqual({ files: [], placeholders: ['[qualifier]'] });
    const cut = await exportJd(role.id, { placeholders: 'remove' });
    if (!cut.ok) throw new Error(cut.error.message);
    const value = cut.value as DocumentExportResult;
    expect(value.files.map((f) => f.name)).toEqual([
      'Senior Backend Engineer.docx',
      'Senior Backend Engineer.pdf',
    ]);
    const docx = path.join(core.dir, 'cut.docx');
    const pdf = path.join(core.dir, 'cut.pdf');
    fs.writeFileSync(docx, Buffer.from(value.files[0]?.base64 ?? '', 'base64'));
    fs.writeFileSync(pdf, Buffer.from(value.files[1]?.base64 ?? '', 'base64'));
    const read = JSON.parse(python(path.resolve('test/core/documents/read-docx.py'), [docx])) as {
      body: { kind: string; text?: string }[];
      properties: { title: string };
      header: string;
    };
    expect(read.properties.title).toBe('Senior Backend Engineer');
    expect(read.header).toContain('Senior Backend Engineer');
    expect(read.header).not.toMatch(/qualifier|\(\)/);
    expect(read.body.find((b) => b.kind === 'paragraph' && b.text)?.text).toBe('Senior Backend Engineer');
    expect(run('pdfinfo', [pdf])).toMatch(/^Title:\s+Senior Backend Engineer$/m);
    const pdfText = normalise(run('pdftotext', ['-layout', pdf, '-']));
    expect(pdfText).not.toMatch(/qualifier|Engineer \(\)/);
    const [version] = await call<JdVersion[]>('jd.versions', { id: jd.id });
    expect(version?.text.startsWith('Senior Backend Engineer\n\n')).toBe(true);
  });

  it('refuses a final JD without the range a pay-transparency law requires, unless a reason is given', async () => {
    const role = await roleWith(completeSpec({ pay: { min: null, max: null, currency: 'USD' } }));
    const jd = await call<Jd>('jd.forRole', { roleId: role.id });
    await save(jd, [{ id: 'compensation', text: 'Benefits: medical, dental and vision.' }]);

    // A draft exports: the checks still show the error, and nothing is posted from a draft.
    const draft = await exportJd(role.id);
    expect(draft.ok).toBe(true);

    const final = await call<Jd>('jd.markFinal', { id: jd.id, final: true });
    expect(final.finalAt).toMatch(/^2026-11-23T09:00/);
    const refused = await exportJd(role.id);
    expect(refused.ok).toBe(false);
    if (refused.ok) return;
    expect(refused.error.code).toBe('pay_transparency');
    expect(refused.error.message).toMatch(/marked final/);
    expect(refused.error.message).toMatch(/Colorado's .*Act/);
    expect(await call<JdVersion[]>('jd.versions', { id: jd.id })).toHaveLength(1);

    const blank = await exportJd(role.id, { overrideReason: '   ' });
    expect(blank.ok === false && blank.error.code).toBe('bad_input');
    const tooLong = await exportJd(role.id, { overrideReason: 'x'.repeat(501) });
    expect(tooLong.ok === false && tooLong.error.code).toBe('bad_input');

    const overridden = await exportJd(role.id, {
      overrideReason: 'Internal transfer posting; not advertised.',
    });
    expect(overridden.ok).toBe(true);
    const [latest] = await call<JdVersion[]>('jd.versions', { id: jd.id });
    expect(latest).toMatchObject({
      final: true,
      overrideReason: 'Internal transfer posting; not advertised.',
    });

    // With a range, the final JD exports without a reason. (The edit made it a draft again.)
    await save(jd, [{ id: 'compensation', text: 'Base salary: $172,000-$212,000 a year.' }]);
    await call('jd.markFinal', { id: jd.id, final: true });
    expect((await exportJd(role.id)).ok).toBe(true);
    expect((await call<JdVersion[]>('jd.versions', { id: jd.id }))[0]).toMatchObject({
      final: true,
      overrideReason: null,
    });
    // And back to draft, the refusal no longer applies either way.
    expect((await call<Jd>('jd.markFinal', { id: jd.id, final: false })).finalAt).toBeNull();
  });

  it('does not refuse a final JD where no law requires a range', async () => {
    const role = await roleWith(
      completeSpec({ city: 'Austin', state: 'TX', pay: { min: null, max: null, currency: 'USD' } }),
    );
    const jd = await call<Jd>('jd.forRole', { roleId: role.id });
    await save(jd, [{ id: 'compensation', text: 'Benefits: medical, dental and vision.' }]);
    await call('jd.markFinal', { id: jd.id, final: true });
    expect((await exportJd(role.id)).ok).toBe(true);
  });
});

describe('jd.toRoleSpec', () => {
  it('reads an old JD fixture into a spec whose recognised and to-do lists never overlap', async () => {
    const text = fixture('01');
    const result = await call<JdToRoleSpecResult>('jd.toRoleSpec', { text });
    expect(result.spec.title.length).toBeGreaterThan(0);
    expect(result.recognised).toContain('Title');
    expect(result.todo).toEqual(expect.arrayContaining(['Archetype', 'Named service']));
    expect(result.recognised.filter((r) => result.todo.includes(r))).toEqual([]);
  });

  it('sorts a pasted JD into the spec fields', async () => {
    const text = [
      'Senior Backend Engineer (Go)',
      '',
      'About the role',
      'You will own our Ledger API. The role is hybrid in Boston, MA.',
      '',
      'Responsibilities',
      '- Move the reconciliation jobs to Temporal',
      '- Add OpenTelemetry traces to the Ledger API',
      '',
      'Requirements',
      '- 6+ years of Go',
      '- PostgreSQL at volume',
      '- Kafka consumers',
      '- gRPC services on Kubernetes (EKS)',
      '- Terraform',
      '- Datadog dashboards',
      '- Redis caching',
      '',
      'Nice to have',
      '- pgvector',
      '',
      'Compensation',
      'Base salary: $180,000-$220,000 a year.',
      'Benefits: medical, dental, 401(k) match.',
    ].join('\n');
    const { spec, recognised, todo } = await call<JdToRoleSpecResult>('jd.toRoleSpec', { text });
    expect(spec).toMatchObject({
      title: 'Senior Backend Engineer',
      qualifier: 'Go',
      level: 'senior',
      workMode: 'hybrid',
      city: 'Boston',
      state: 'MA',
      pay: { min: 180_000, max: 220_000, currency: 'USD' },
    });
    expect(spec.stack.primary).toEqual(['Go']);
    expect(spec.stack.secondary).toEqual(['gRPC']);
    expect(spec.stack.dataStores).toEqual(['PostgreSQL', 'Redis']);
    expect(spec.stack.brokers).toEqual(['Kafka']);
    expect(spec.stack.orchestration).toEqual(['Temporal']);
    expect(spec.stack.cloud).toEqual(expect.arrayContaining(['Kubernetes', 'EKS', 'Terraform']));
    expect(spec.stack.observability).toEqual(['OpenTelemetry', 'Datadog']);
    expect(spec.stack.ai).toEqual(['pgvector']);
    expect(spec.mustHaves).toHaveLength(6);
    expect(spec.preferred).toEqual(['Redis caching', 'pgvector']);
    expect(spec.first90Days).toEqual([
      'Move the reconciliation jobs to Temporal',
      'Add OpenTelemetry traces to the Ledger API',
    ]);
    expect(spec.benefits).toMatch(/401\(k\)/);
    expect(recognised).toEqual(
      expect.arrayContaining(['Title', 'Qualifier', 'Level', 'Pay range', 'Stack: Data stores']),
    );
    expect(todo).toEqual(
      expect.arrayContaining(['Archetype', "Manager's title", 'Release cadence', 'Company']),
    );
    // What it produces is a valid spec: it can be saved as a new role.
    const role = await roleWith(spec);
    expect(role.spec.qualifier).toBe('Go');
  });

  it('wants exactly one of text and document', async () => {
    expect((await failure('jd.toRoleSpec', {})).code).toBe('bad_input');
  });
});
