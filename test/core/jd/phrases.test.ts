import { describe, expect, it } from 'vitest';
import { check, edited } from './helpers';

describe('JD phrase checks', () => {
  it('flags jargon with a span on the word and a case-matched replacement', () => {
    const { of, spanText } = check(
      edited('01', [
        '- Take over the Ledger API codebase',
        '- Be our Go rockstar: take over the Ledger API codebase',
      ]),
    );
    const [f] = of('jargon');
    expect(f && spanText(f)).toBe('rockstar');
    expect(f?.replacement).toBe('experienced engineer');
    expect(f?.fix).toBe('Write "experienced engineer" instead.');
    expect(f?.section).toBe('first90');
    const capital = check(
      edited('01', ['and we support each other', 'and every Ninja supports each other']),
    ).of('jargon');
    expect(capital.map((x) => x.replacement)).toEqual(['Experienced engineer']);
  });

  it('flags "the candidate" and offers "you"', () => {
    const { of, spanText } = check(
      edited('01', ['- Strong SQL on PostgreSQL', '- The ideal candidate has strong SQL on PostgreSQL']),
    );
    const [f] = of('the-candidate');
    expect(f && spanText(f)).toBe('The ideal candidate');
    expect(f?.replacement).toBe('you');
    const plural = check(
      edited('01', ['- Strong SQL on PostgreSQL', '- Applicants must know PostgreSQL']),
    ).of('the-candidate');
    expect(plural[0]?.replacement).toBe('you must');
  });

  it('flags placeholders and guidance as errors, over the placeholder and the whole guidance line', () => {
    const { of, spanText } = check(
      edited(
        '01',
        ['report to the Director of Engineering, Payments', 'report to the [Manager title]'],
        ['## Requirements\n', '## Requirements\n\nNote to recruiter: keep this list to six lines.\n'],
      ),
    );
    expect(of('unfilled-placeholder').map(spanText)).toEqual(['[Manager title]']);
    expect(of('unfilled-placeholder')[0]?.severity).toBe('error');
    expect(of('guidance-leak').map(spanText)).toEqual(['Note to recruiter: keep this list to six lines.']);
    expect(of('guidance-leak')[0]?.replacement).toBe('');
  });

  it('does not take a markdown link for a placeholder', () => {
    const { of } = check(
      edited('01', ['raised its Series C in 2025', 'raised its [Series C](https://example.com) in 2025']),
    );
    expect(of('unfilled-placeholder')).toEqual([]);
  });

  it('flags other duties, many hats, and DevOps as needed (a warning in a senior posting, info otherwise)', () => {
    const raw = edited(
      '01',
      [
        '- Write the runbook for the month-end close',
        '- Handle DevOps as needed and write the runbook for the month-end close',
      ],
      ['and we support each other', 'we all wear many hats, and we support each other'],
      ['- Work in a regulated setting', '- Other duties as assigned.\n- Work in a regulated setting'],
    );
    const senior = check(raw);
    expect(senior.of('devops-as-needed').map(senior.spanText)).toEqual(['DevOps as needed']);
    expect(senior.of('devops-as-needed')[0]?.severity).toBe('warning');
    expect(senior.of('many-hats').map(senior.spanText)).toEqual(['wear many hats']);
    expect(senior.of('other-duties').map(senior.spanText)).toEqual(['Other duties as assigned']);
    const junior = check(raw.replace('# Senior Backend Engineer (Go)', '# Backend Engineer (Go)'), {
      level: 'mid',
    });
    expect(junior.of('devops-as-needed')[0]?.severity).toBe('info');
  });

  it('flags ableist phrasing with a plain replacement, or advice where no word swap fits', () => {
    const { of, spanText } = check(
      edited(
        '01',
        [
          '- Design the idempotency keys',
          '- Run a quick sanity check on the crazy retry logic, then design the idempotency keys',
        ],
        ['- Docker and Kubernetes', '- You must be able to stand for long periods.\n- Docker and Kubernetes'],
      ),
    );
    const found = of('ableist');
    expect(found.map(spanText)).toEqual(['sanity check', 'crazy', 'must be able to stand for long periods']);
    expect(found.map((f) => f.replacement)).toEqual(['quick check', 'very', null]);
    expect(found[2]?.fix).toMatch(/^Describe the task itself/);
  });
});
