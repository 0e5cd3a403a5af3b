import { describe, expect, it } from 'vitest';
import { splitJdText } from '../../../shared/domain/jd';
import { jdTextToRoleSpec } from '../../../shared/domain/jd/to-role-spec';
import { CONTROL_CHARACTERS } from '../../../shared/questions';
import { roleSpec as roleSpecSchema } from '../../../shared/roles';

const strings = (v: unknown): string[] =>
  typeof v === 'string' ? [v] : v && typeof v === 'object' ? Object.values(v).flatMap(strings) : [];

const convert = (lines: string[]) => jdTextToRoleSpec(splitJdText(lines.join('\n'))).spec;

describe('convert to role spec: company', () => {
  it('never takes "the team" for the company name', () => {
    const spec = convert([
      'Backend Engineer (Go)',
      'About the Team',
      'We are six engineers who run the ledger.',
      'Requirements',
      '- Go',
    ]);
    expect(spec.company).toBe('');
    expect(spec.companyBlurb).toBe('');
    // Even when a JD in sections files the team under the company.
    const filed = jdTextToRoleSpec({
      title: 'Backend Engineer (Go)',
      sections: [{ id: 'company', heading: 'About the Team', text: 'We are six engineers.' }],
    }).spec;
    expect(filed.company).toBe('');
    const named = convert(['Backend Engineer (Go)', 'About Globex', 'Globex sells tents.']);
    expect(named.company).toBe('Globex');
  });
});

describe('convert to role spec: work mode', () => {
  const modeOf = (...lines: string[]) =>
    convert(['Backend Engineer (Go)', 'About the role', ...lines]).workMode;

  it('is not fooled by "hybrid cloud" in a remote JD', () => {
    expect(
      modeOf(
        'You will own the ledger. The role is remote within the United States.',
        'Requirements',
        '- Hybrid cloud experience (AWS and on-prem)',
        '- You have built for a hybrid cloud',
      ),
    ).toBe('remote');
    expect(modeOf('You will run our hybrid cloud platform.')).toBeNull();
    expect(modeOf('We build onsite analytics tooling for remote sensing data.')).toBeNull();
  });

  it('reads the phrases that name a way of working', () => {
    expect(modeOf('This is a hybrid role with two office days.')).toBe('hybrid');
    expect(modeOf('We offer a hybrid schedule.')).toBe('hybrid');
    expect(modeOf('A hybrid position in our Denver office.')).toBe('hybrid');
    expect(modeOf('Hybrid, Denver, CO.')).toBe('hybrid');
    expect(modeOf('The role is hybrid in Boston, MA.')).toBe('hybrid');
    expect(modeOf('The role is onsite in Seattle, WA four days a week.')).toBe('onsite');
    expect(modeOf('This is an on-site position.')).toBe('onsite');
    expect(modeOf('This is a remote contract for people near Minneapolis, MN.')).toBe('remote');
    expect(modeOf('The role is fully remote.')).toBe('remote');
    expect(modeOf('You will work remotely from anywhere in the US.')).toBe('remote');
    expect(modeOf('We work hybrid, with two office days a week.')).toBe('hybrid');
    expect(modeOf('Hybrid (3 days in our Chicago office).')).toBe('hybrid');
    expect(convert(['Backend Engineer - Remote', 'About the role', 'Hybrid cloud work.']).workMode).toBe(
      'remote',
    );
    expect(convert(['Backend Engineer (Hybrid)', 'About the role', 'x']).workMode).toBe('hybrid');
  });

  it('takes the way of working from a location line first', () => {
    expect(
      modeOf('Location: Remote (US)', 'You will run our hybrid cloud.', 'A hybrid role is possible later.'),
    ).toBe('remote');
    expect(modeOf('Location: Denver, CO (Hybrid)', 'Some of the team is fully remote.')).toBe('hybrid');
    expect(modeOf('Work location: On-site, Austin, TX', 'Remote days by agreement.')).toBe('onsite');
    expect(
      convert(['Backend Engineer (Go)', 'Denver, CO - Hybrid', 'About the role', 'Remote Fridays.']).workMode,
    ).toBe('hybrid');
    const spec = convert(['Backend Engineer (Go)', 'Location: Remote - Austin, TX', 'About the role', 'x']);
    expect(spec).toMatchObject({ workMode: 'remote', city: 'Austin', state: 'TX' });
  });
});

describe('convert to role spec: control characters', () => {
  it('gives a spec that saves, from pasted text or sections holding control characters', () => {
    const text = [
      'Backend Engineer (Go)',
      'About the role\fYou will own the ledger.\vThe role is remote.',
      'About Acme\u0007',
      'Acme sells tents.\fWe are 40 people.\u0001',
      'Requirements',
      '- Go\u001b',
    ].join('\n');
    const fromText = jdTextToRoleSpec(splitJdText(text)).spec;
    expect(roleSpecSchema.safeParse(fromText).success).toBe(true);
    expect(fromText.companyBlurb).toBe('Acme sells tents.\nWe are 40 people.');
    const fromSections = jdTextToRoleSpec({
      title: 'Backend\u0007 Engineer (Go)',
      sections: [
        { id: 'company', heading: 'About Acme', text: 'Acme sells tents.\fWe are 40 people.\u0001' },
        { id: 'requirements', heading: 'Requirements', text: '- Go\u000b- Kafka' },
      ],
    }).spec;
    expect(roleSpecSchema.safeParse(fromSections).success).toBe(true);
    expect(strings(fromSections).filter((s) => CONTROL_CHARACTERS.test(s))).toEqual([]);
    expect(fromSections.title).toBe('Backend Engineer');
  });
});
