import type { QuestionDraft } from '../../shared/questions';

/** A complete, valid question for tests; override what the test is about. */
export function makeDraft(overrides: Partial<QuestionDraft> = {}): QuestionDraft {
  return {
    category: 'technical',
    topic: 'Caching strategies',
    text: 'Tell me about a cache you put in front of a slow service.',
    strongAnswer:
      'Names the hit rate they measured, how entries were invalidated, and what happened on a cold start.',
    anchors: [
      'Could not name a cache they had run.',
      'Described a cache but not how stale entries were handled.',
      'Explained invalidation and the hit rate they saw.',
      'Compared two strategies with numbers and said which they would pick again.',
    ],
    probes: ['What happened when the cache was empty?', 'How did you decide the expiry time?'],
    redFlags: ['Caches everything with no expiry.'],
    levels: ['mid', 'senior'],
    archetypes: ['any'],
    rounds: ['technical-screen'],
    attributes: ['system-design'],
    minutes: 10,
    tags: ['redis', 'caching'],
    ...overrides,
  };
}
