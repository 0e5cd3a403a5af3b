import { describe, expect, it } from 'vitest';
import { splitJdText } from '../../../shared/domain/jd';
import { check } from './helpers';

const body = [
  '',
  'About the role',
  'You will build Harbor, the service that schedules container ships into 12 berths.',
  '',
  'What you will do',
  '- Add tide windows to the Harbor scheduler',
  '',
  'Requirements',
  '- 4+ years building services in Java',
];

describe('a title under a site menu written as one line of links', () => {
  it('is the heading under the menu, however long the menu runs', () => {
    const menu =
      '[Quayside](/) · [Product](/product) · [Customers](/customers) · [Company](/company) · [Careers](/careers) · [Blog](/blog)';
    const doc = splitJdText([menu, '', '# Backend Engineer (Java)', ...body].join('\n'));
    expect(doc.title).toBe('Backend Engineer (Java)');
  });
});

describe('archetype-undecided on a title that joins roles', () => {
  it('is raised when the title joins three roles, and not for two', () => {
    const three = check(['Senior Backend / Platform / DevOps Engineer', ...body].join('\n'));
    expect(three.of('archetype-undecided').map(three.spanText)).toEqual([
      'Senior Backend / Platform / DevOps Engineer',
    ]);
    const two = check(['Senior Backend / DevOps Engineer', ...body].join('\n'));
    expect(two.of('archetype-undecided')).toEqual([]);
  });
});

describe('grammar-join beside a menu copied with the page', () => {
  it('reads items set wide apart as separate, but still catches a doubled word in prose', () => {
    const menu = check(
      ['Search Jobs    Job Alerts    Log In', 'Backend Engineer (Java)', ...body].join('\n'),
    );
    expect(menu.of('grammar-join')).toEqual([]);
    const prose = check(
      ['Backend Engineer (Java)', '', 'About the role', 'You will join the berths team team in Oslo.'].join(
        '\n',
      ),
    );
    expect(prose.of('grammar-join').map(prose.spanText)).toEqual(['team team']);
  });
});
