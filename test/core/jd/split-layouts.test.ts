import { describe, expect, it } from 'vitest';
import { headingOf, splitJdText } from '../../../shared/domain/jd';

const ids = (raw: string) => splitJdText(raw).sections.map((s) => s.id);

describe('posting layouts from job boards', () => {
  it('takes the role from a "Company | Role | Place | Pay" line and keeps the line in the text', () => {
    const doc = splitJdText(
      'Acme | Senior Backend Engineer | Remote (US) | $170k-$200k\n\nWe build billing tools.',
    );
    expect(doc.title).toBe('Senior Backend Engineer');
    expect(doc.sections[0]?.text).toContain('$170k-$200k');
  });

  it('files LinkedIn\'s "About the job" as the company when it opens with the company and a role section follows', () => {
    const raw =
      'Backend Engineer\n\nAbout the job\nAcme makes invoicing software.\n\nThe role\nYou will own the invoice service.\n';
    expect(ids(raw)).toEqual(['company', 'about']);
  });

  it('reads "Your mission" written as prose before a duty list as the role introduction', () => {
    const raw =
      "Engineer\n\nYour mission\nYou'll own the reservation service.\n\nWhat you will do\n- Build the waitlist\n- Add webhooks\n";
    expect(ids(raw)).toEqual(['about', 'first90']);
  });

  it('splits an untitled opening into the company paragraph and the role paragraph that addresses the reader', () => {
    const raw =
      "Backend Engineer\n\nPickwell builds warehouse robots. They move stock.\n\nAs a Backend Engineer, you'll own the task service.\n\nWhat you'll do:\n- Cut latency\n";
    const doc = splitJdText(raw);
    expect(doc.sections.map((s) => s.id)).toEqual(['company', 'about', 'first90']);
    expect(doc.sections[1]?.text).toMatch(/^As a Backend Engineer/);
  });

  it('knows "What we look for" and "You\'ll fit in if you have" as requirement headings, and LinkedIn\'s footer labels as boilerplate', () => {
    expect(headingOf('What we look for')).toBe('requirements');
    expect(headingOf("You'll fit in if you have:")).toBe('requirements');
    expect(headingOf('Seniority level')).toBe('company');
  });
});
