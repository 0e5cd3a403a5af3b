import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Jd, JdPlaceholders } from '../../../shared/jd';
import type { Role } from '../../../shared/roles';
import { caller } from '../../support/core-caller';
import { openTempCore, type TempCore } from '../../support/temp-db';
import { completeSpec } from './specs';

let core: TempCore;
beforeEach(async () => {
  core = await openTempCore();
});
afterEach(async () => {
  await core.close();
});

const { call, refusal } = caller(() => core.ctx);
const jdCount = () => core.database.sqlite.prepare('select count(*) from jds').pluck().get();

describe('jd.placeholders', () => {
  it('reads a role without a JD without creating one', async () => {
    const role = await call<Role>('roles.create', { spec: completeSpec() });
    expect(await call<JdPlaceholders>('jd.placeholders', { roleId: role.id })).toEqual({
      jdId: null,
      placeholders: [],
    });
    expect(jdCount()).toBe(0);
  });

  it('lists what a hand edit left to fill, section by section, and nothing once it is filled', async () => {
    const role = await call<Role>('roles.create', { spec: completeSpec() });
    const jd = await call<Jd>('jd.forRole', { roleId: role.id });
    await call('jd.save', {
      id: jd.id,
      sections: [
        {
          id: 'about',
          text: 'You will work with [partner team] on the ledger, and with [partner team] again.',
        },
        { id: 'company', text: 'We are [company size] people.' },
      ],
      clientSeq: 1,
    });
    const found = await call<JdPlaceholders>('jd.placeholders', { roleId: role.id });
    expect(found).toEqual({
      jdId: jd.id,
      placeholders: [
        { section: 'about', text: '[partner team]' },
        { section: 'about', text: '[partner team]' },
        { section: 'company', text: '[company size]' },
      ],
    });

    await call('jd.save', {
      id: jd.id,
      sections: [
        { id: 'about', text: 'You will work with the payments team on the ledger.' },
        { id: 'company', text: 'We are 80 people.' },
      ],
      clientSeq: 2,
    });
    expect((await call<JdPlaceholders>('jd.placeholders', { roleId: role.id })).placeholders).toEqual([]);
  });

  it('refuses a role that does not exist', async () => {
    const missing = await refusal('jd.placeholders', { roleId: '6f1c1f44-6a55-4b8e-9d5a-1df0b6f2c111' });
    expect(missing.code).toBe('not_found');
  });
});
