import { describe, expect, it } from 'vitest';
import {
  firstErrorField,
  issuesToErrors,
  newQuestionValues,
  validate,
  valuesFromDraft,
} from '../../renderer/src/features/questions/question-form';
import { makeDraft } from '../support/question-draft';

describe('question form model', () => {
  it('round-trips a draft through the form values', () => {
    const draft = makeDraft();
    const checked = validate(valuesFromDraft(draft));
    expect(checked).toEqual({ ok: true, draft });
  });

  it('reads one probe per line and drops blank lines and padding', () => {
    const values = { ...valuesFromDraft(makeDraft()), probes: '  First?\n\n Second? \r\n' };
    const checked = validate(values);
    expect(checked.ok && checked.draft.probes).toEqual(['First?', 'Second?']);
  });

  it('puts each problem under its own field, in the words of the form', () => {
    const values = {
      ...newQuestionValues(),
      topic: 'x'.repeat(81),
      probes: `ok\n${'y'.repeat(301)}`,
      minutes: '',
      attributes: ['Not A Slug'],
    };
    const checked = validate(values);
    expect(checked.ok).toBe(false);
    if (checked.ok) return;
    expect(checked.errors.topic).toBe('The topic is longer than 80 characters.');
    expect(checked.errors.text).toBe('The question is empty.');
    expect(checked.errors['anchors.0']).toBe('Anchor 1 is empty.');
    expect(checked.errors['anchors.3']).toBe('Anchor 4 is empty.');
    expect(checked.errors.probes).toBe('Line 2: A probe is longer than 300 characters.');
    expect(checked.errors.minutes).toBe('Minutes must be a whole number from 1 to 240.');
    expect(checked.errors.attributes).toBe(
      'Attribute 1: An attribute is lower-case words joined by hyphens.',
    );
    expect(checked.errors.levels).toBe('Pick at least one level.');
    expect(firstErrorField(checked.errors)).toBe('topic');
  });

  it('maps the core’s bad_input issues (paths under "draft.") to fields', () => {
    expect(
      issuesToErrors([
        { path: 'draft.anchors.2', message: 'Anchor 3 is empty.' },
        { path: 'draft.tags.1', message: 'A tag is longer than 40 characters.' },
        { path: 'draft', message: 'Unrecognized key' },
      ]),
    ).toEqual({ 'anchors.2': 'Anchor 3 is empty.', tags: 'Tag 2: A tag is longer than 40 characters.' });
  });

  it('starts a new question from the filters in use', () => {
    const values = newQuestionValues({
      category: ['systems'],
      level: ['senior', 'bogus'],
      round: ['onsite'],
    });
    expect(values.category).toBe('systems');
    expect(values.levels).toEqual(['senior']);
    expect(values.rounds).toEqual(['onsite']);
    expect(values.archetypes).toEqual(['any']);
  });
});
