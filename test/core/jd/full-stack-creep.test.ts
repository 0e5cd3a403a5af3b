import { describe, expect, it } from 'vitest';
import { splitJdText } from '../../../shared/domain/jd';
import { check } from './helpers';

/** A short posting with the given title, duties and must-haves, laid out as a careers page pastes it. */
const posting = (title: string, duties: string[], musts: string[]) =>
  [
    title,
    'Ferncastle Health - Nashville, TN (hybrid)',
    '',
    'About the role',
    'You will run the service that routes patient referrals between partner clinics. You will report to our engineering director.',
    '',
    'Responsibilities',
    ...duties.map((d) => `- ${d}`),
    '',
    'Requirements',
    ...musts.map((m) => `- ${m}`),
    '',
    'Nice to have',
    '- Experience in a hospital setting.',
  ].join('\n');

const duties = [
  'Extend the referral Web API in ASP.NET Core, with validation of every incoming record.',
  'Build FHIR interfaces to the systems our partner hospitals run.',
  'Tune the SQL Server queries behind the referral status screen.',
];

describe('full-stack creep', () => {
  it('reads a title naming a server-side stack as a backend title', () => {
    const raw = posting('Senior .NET Developer (C#, Referrals)', duties, [
      '7+ years of software development experience.',
      'Expert C# and .NET.',
      'Experience with Angular or React for our internal tools.',
    ]);
    const { of, spanText } = check(raw);
    expect(of('full-stack-creep').map(spanText)).toEqual(['Angular', 'React']);
  });

  it('leaves titles that name client work or only a client language alone', () => {
    const musts = ['5+ years of experience.', 'Strong React skills.'];
    for (const title of ['Web Developer (PHP)', 'Mobile Engineer (Kotlin)', 'Software Engineer (TypeScript)'])
      expect(check(posting(title, duties, musts)).of('full-stack-creep'), title).toEqual([]);
  });

  it('flags a front-end must-have on an edge role, but not the front end its endpoints serve', () => {
    const edge = (must: string) =>
      check(
        posting(
          'Backend Engineer (Edge, TypeScript)',
          [
            'Own the Cloudflare Workers that assemble the tracking page from carrier feeds.',
            'Build the backend-for-frontend endpoints our Shopify app calls.',
          ],
          ['4+ years with TypeScript.', 'Experience shipping on an edge runtime.', must],
        ),
        { archetype: 'edge' },
      ).of('full-stack-creep');
    expect(edge('Strong React skills, since you will also build tracking page components.')).toHaveLength(1);
    expect(edge('API design for front-end consumers, with versioning and error contracts.')).toEqual([]);
  });

  it('flags React under an edge title when an item asks for components on pages, but not React server components at the edge', () => {
    const edge = (must: string) => {
      const c = check(
        [
          'Senior Edge Engineer',
          '',
          'About the role',
          'You will run Gatepost, the layer that serves every page of our ferry booking site from 40 regions.',
          '',
          'What you will do',
          '- Move page assembly from the origin to Cloudflare Workers',
          '- Cut time to first byte in Asia below 200 ms',
          '',
          'What you bring',
          '- 5+ years with TypeScript',
          '- Experience running code on an edge runtime',
          `- ${must}`,
        ].join('\n'),
      );
      return c.of('full-stack-creep').map(c.spanText);
    };
    expect(edge('Strong React, as you will also build the components on our booking pages')).toEqual([
      'React',
    ]);
    expect(edge('Experience with React server components rendered at the edge')).toEqual([]);
  });

  it('reads a duty to build front-end screens as the same creep, but not endpoints built for a front end', () => {
    const musts = ['7+ years of software development experience.', 'Expert C# and .NET.'];
    const duty = (line: string) =>
      check(posting('Senior Backend Engineer (C#)', [...duties, line], musts)).of('full-stack-creep');
    expect(duty('Build the React screens of the referral admin console.')).toHaveLength(1);
    expect(duty('Build the backend-for-frontend endpoints the patient app calls.')).toEqual([]);
  });

  it('takes the title of a tracker row exported as CSV from its Title column', () => {
    const raw = [
      'Req ID,Title,Department,Hiring Manager,Location,Salary Min,Salary Max,Job Description',
      'ENG-0733,Senior Backend Engineer (Search),Product Engineering,Rui Okafor (Director),"Austin, TX","$160,000","$190,000","Senior Backend Engineer (Search)',
      'Lanternfish - Austin, TX',
      '',
      'WHAT YOU WILL DO',
      '- Own the search API and its ranking.',
      '',
      'WHAT YOU BRING',
      '- Experience with React, since you will also build the admin screens."',
    ].join('\n');
    expect(splitJdText(raw).title).toBe('Senior Backend Engineer (Search)');
    expect(check(raw).of('full-stack-creep')).toHaveLength(1);
  });
});
