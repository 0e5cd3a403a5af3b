import { describe, expect, it } from 'vitest';
import { jdCheckData } from '../../../electron/core/jd/data';
import { splitJdText } from '../../../shared/domain/jd';
import { inferJdContext } from '../../../shared/domain/jd/infer';
import { check } from './helpers';

/** A mid-level posting as a browser copies a job board's page: the site's menu, then the job. */
const pageCopy = (menu: string[], placeLine: string) =>
  [
    ...menu,
    'Backend Engineer II (Orders API)',
    'Quarry Lane Foods',
    placeLine,
    'Posted 3 days ago',
    '',
    'About the role',
    'You will work on Orders, the API our grocery partners call to place and track deliveries.',
    '',
    'Requirements',
    '- 3+ years building backend services in Java or Kotlin',
    '',
  ].join('\n');

const inferred = (text: string) => {
  const { workMode, location } = inferJdContext(splitJdText(text), jdCheckData());
  return { workMode, location };
};

const MENU = ['Skip to content', 'Find jobs', 'Remote', 'Salaries', 'Sign in'];

describe('how the job is worked, read from a page copied whole', () => {
  it('reads the place line under the title, not the "Remote" link in the menu above it', () => {
    expect(inferred(pageCopy(MENU, 'Omaha, NE · Hybrid · Full-time'))).toEqual({
      workMode: 'hybrid',
      location: 'Omaha, NE',
    });
  });

  it('reads a place line that carries the kind of employment beside the place', () => {
    expect(inferred(pageCopy([], 'Tulsa, OK - On-site - Contract to hire'))).toEqual({
      workMode: 'onsite',
      location: 'Tulsa, OK',
    });
  });

  it('still takes the menu page for remote when the posting itself says nothing about it', () => {
    const quiet = pageCopy(['Acme Jobs', 'Remote (US)'], 'Quarry Lane Foods careers');
    expect(inferred(quiet).workMode).toBe('remote');
  });
});

describe('a page copy saved through Word, one paragraph a line', () => {
  it("reads no contradiction between the menu's Remote link and the office days of the job", () => {
    const lines = [
      'Skip to main content',
      'Jobs',
      'Remote',
      'Companies',
      'Senior Backend Engineer (Pricing API)',
      'Larkspur Freight · Omaha, NE · Hybrid · Full-time',
      'About the role',
      'You will own Quoteline, the pricing API behind 30,000 quotes a day. We are in the Omaha office Tuesday to Thursday.',
    ];
    const { of } = check(lines.join('\n\n'));
    expect(of('contradiction')).toEqual([]);
  });
});
