import { describe, expect, it } from 'vitest';
import { flattenJd, headingOf, sectionAt, splitJdText } from '../../../shared/domain/jd';
import { fixture } from './helpers';

describe('JD document: flat text and sections', () => {
  it('lays out title and sections with offsets that select each section text', () => {
    const doc = {
      title: 'Backend Developer (Go)',
      sections: [
        { id: 'about' as const, heading: 'About the role', text: 'You will own the orders API.' },
        { id: 'first90' as const, heading: '', text: '- Ship the refunds endpoint.' },
      ],
    };
    const flat = flattenJd(doc);
    expect(flat.text).toBe(
      'Backend Developer (Go)\n\nAbout the role\nYou will own the orders API.\n\n- Ship the refunds endpoint.',
    );
    const [title, about, first90] = flat.sections;
    expect(flat.text.slice(title?.start, title?.end)).toBe('Backend Developer (Go)');
    expect(flat.text.slice(about?.start, about?.end)).toBe('You will own the orders API.');
    expect(flat.text.slice(about?.headingStart, about?.start)).toBe('About the role\n');
    expect(flat.text.slice(first90?.start, first90?.end)).toBe('- Ship the refunds endpoint.');
    expect(sectionAt(flat, 0)).toBe('title');
    expect(sectionAt(flat, flat.text.indexOf('orders'))).toBe('about');
    expect(sectionAt(flat, flat.text.indexOf('refunds'))).toBe('first90');
  });

  it('splits a markdown JD into its six parts, keeping the headings as written', () => {
    const doc = splitJdText(fixture('01'));
    expect(doc.title).toBe('Senior Backend Engineer (Go)');
    expect(doc.sections.map((s) => [s.id, s.heading])).toEqual([
      ['about', 'About the role'],
      ['first90', 'First 90 days'],
      ['requirements', 'Requirements'],
      ['requirements', 'Preferred'],
      ['compensation', 'Compensation and benefits'],
      ['company', 'About Northwind Pay'],
    ]);
    expect(doc.sections[1]?.text.split('\n')).toHaveLength(6);
  });

  it('splits a pasted plain-text JD with old-style headings, CRLF line ends and a "Job title:" line', () => {
    const raw = [
      'Job Title: Backend Developer',
      '',
      'Our team runs the shipping rates service.',
      'Key Responsibilities:',
      '* Keep the rates API fast',
      "WHAT WE'RE LOOKING FOR",
      '* Go',
      '**Bonus points**',
      '* Kafka',
      'Salary & Benefits',
      'Pay: $120k-$140k',
      'Perks',
      'Gym',
      'About Acme Shipping',
      'Acme moves parcels.',
      'About you',
      'You like clean code.',
    ].join('\r\n');
    const doc = splitJdText(raw);
    expect(doc.title).toBe('Backend Developer');
    expect(doc.sections.map((s) => s.id)).toEqual([
      'about',
      'first90',
      'requirements',
      'requirements',
      'compensation',
      'compensation',
      'company',
      'requirements',
    ]);
    expect(doc.sections[0]).toEqual({
      id: 'about',
      heading: '',
      text: 'Our team runs the shipping rates service.',
    });
    expect(doc.sections[3]?.heading).toBe('Bonus points');
  });

  it('puts text with no headings under "about" and recognises headings only on short lines', () => {
    const doc = splitJdText(
      'Platform Engineer\nWe need help.\nRequirements for this role are listed in the attached document we sent.',
    );
    expect(doc.sections).toEqual([
      {
        id: 'about',
        heading: '',
        text: 'We need help.\nRequirements for this role are listed in the attached document we sent.',
      },
    ]);
    expect(headingOf("## What you'll do")).toBe('first90');
    expect(headingOf('Nice to have:')).toBe('requirements');
    expect(headingOf('About the role')).toBe('about');
    expect(headingOf('About Globex')).toBe('company');
    expect(headingOf('We value clear writing')).toBeNull();
    expect(splitJdText('')).toEqual({ title: '', sections: [] });
  });
});
