import { describe, expect, it } from 'vitest';
import { check } from './helpers';

describe('a board sidebar of fields above the job', () => {
  it('"Employment Type" over its value does not swallow the posting under it as boilerplate', () => {
    const raw = [
      'Junior Backend Developer',
      '',
      'Employment Type',
      'Full-Time',
      'Compensation',
      '$70,000 - $85,000 / year',
      '',
      'We are hiring a junior developer for our young, energetic engineering team. This is a great first job for a recent graduate.',
      '',
      "What you'll do",
      '- Add reminder preferences to the Nudge API',
    ].join('\n');
    const { of, spanText } = check(raw);
    expect(of('age-coded').map(spanText)).toEqual(['young, energetic engineering team', 'recent graduate']);
  });
});

describe('a physical-demands part', () => {
  const demands = (line: string) =>
    check(
      [
        'Applications Developer II (Data Integration)',
        '',
        'Position summary',
        'You will build the nightly loads from the student system into the warehouse.',
        '',
        'Physical Demands and Work Environment',
        line,
      ].join('\n'),
    );

  it('asks for senses and postures as ableist wording, and leaves its lifting to physical-requirements', () => {
    const senses = demands(
      'Must be able to see and read computer screens. Must be able to sit or stand for long hours.',
    );
    expect(senses.of('ableist')).toHaveLength(2);
    const lifting = demands('Must be able to lift and carry up to 40 pounds of equipment.');
    expect(lifting.of('ableist')).toEqual([]);
    expect(lifting.of('physical-requirements')).toHaveLength(1);
  });
});

describe('template guidance addressed to someone by name or team', () => {
  it('flags "(HR: insert ...)" and "(Dana: add ... here)" as guidance, but not a parenthesis that speaks to the reader', () => {
    const withNote = (note: string) =>
      check(
        [
          'Senior Platform Engineer (Kubernetes)',
          '',
          'About the role',
          `You will run Keel, our deploy platform. ${note}`,
        ].join('\n'),
      ).of('guidance-leak');
    expect(withNote('(HR: insert two sentences about team culture here)')).toHaveLength(1);
    expect(withNote('(Dana: add two lines on the on-call rotation here before this goes out)')).toHaveLength(
      1,
    );
    expect(withNote('(Keel: our name for the platform that ships every service here)')).toEqual([]);
  });
});
