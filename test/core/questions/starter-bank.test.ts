import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { starterBank } from '../../../electron/core/questions/starter-bank';
import { type StarterQuestion, starterQuestion } from '../../../shared/questions';

const dir = path.resolve('resources/data/starter-bank');
const topics = JSON.parse(fs.readFileSync(path.join(dir, 'topics.json'), 'utf8')).required as {
  technical: string[];
  systems: string[];
  archetype: Record<'api' | 'data' | 'platform' | 'edge', string[]>;
  behavioural: string[];
  culture: string[];
  recruiterScreen: string[];
  aiFeatures: string[];
};

function loadParts(): { file: string; raw: unknown[] }[] {
  return fs
    .readdirSync(dir)
    .filter((f) => f.endsWith('.json') && f !== 'topics.json')
    .map((file) => ({
      file,
      raw: JSON.parse(fs.readFileSync(path.join(dir, file), 'utf8')).questions as unknown[],
    }));
}

const parts = loadParts();
const all: StarterQuestion[] = parts.flatMap(({ file, raw }) =>
  raw.map((q, i) => {
    const parsed = starterQuestion.safeParse(q);
    if (!parsed.success)
      throw new Error(
        `${file} #${i}: ${parsed.error.issues.map((x) => `${x.path.join('.')}: ${x.message}`).join('; ')}`,
      );
    return parsed.data;
  }),
);

describe('starter question bank', () => {
  it('has at least 150 valid questions with unique ids and texts', () => {
    expect(all.length).toBeGreaterThanOrEqual(150);
    expect(new Set(all.map((q) => q.id)).size).toBe(all.length);
    expect(new Set(all.map((q) => q.text.toLowerCase())).size).toBe(all.length);
  });

  it('gives every question guidance, probes, red flags and anchors that differ', () => {
    for (const q of all) {
      expect(q.probes.length, q.text).toBeGreaterThanOrEqual(2);
      expect(q.redFlags.length, q.text).toBeGreaterThanOrEqual(1);
      expect(new Set(q.anchors).size, q.text).toBe(4);
      expect(q.strongAnswer.length, q.text).toBeGreaterThan(60);
    }
  });

  it('covers every required topic in its category', () => {
    const has = (category: string, topic: string) =>
      all.some((q) => q.category === category && q.topic === topic);
    for (const topic of topics.technical) expect(has('technical', topic), topic).toBe(true);
    for (const topic of topics.systems) expect(has('systems', topic), topic).toBe(true);
    for (const topic of topics.behavioural) expect(has('behavioural', topic), topic).toBe(true);
    for (const topic of topics.culture) expect(has('culture', topic), topic).toBe(true);
    for (const [archetype, list] of Object.entries(topics.archetype)) {
      for (const topic of list) {
        expect(
          all.some((q) => q.topic === topic && q.archetypes.includes(archetype as 'api')),
          `${archetype}: ${topic}`,
        ).toBe(true);
      }
    }
  });

  it('has at least 15 questions specific to each archetype', () => {
    for (const archetype of ['api', 'data', 'platform', 'edge'] as const) {
      const specific = all.filter((q) => q.archetypes.includes(archetype) && !q.archetypes.includes('any'));
      expect(specific.length, archetype).toBeGreaterThanOrEqual(15);
    }
  });

  it('has behavioural and culture questions for every level', () => {
    for (const category of ['behavioural', 'culture'] as const) {
      for (const level of ['junior', 'mid', 'senior', 'lead'] as const) {
        expect(
          all.some((q) => q.category === category && q.levels.includes(level)),
          `${category} ${level}`,
        ).toBe(true);
      }
    }
  });

  it('covers the recruiter screen with fit questions and no capability questions', () => {
    for (const topic of topics.recruiterScreen) {
      expect(
        all.some((q) => q.topic === topic && q.rounds.includes('screen')),
        topic,
      ).toBe(true);
    }
    // Capability is judged in later rounds: no technical or systems question is offered there.
    const technicalOnScreen = all.filter(
      (q) => q.rounds.includes('screen') && (q.category === 'technical' || q.category === 'systems'),
    );
    expect(technicalOnScreen.map((q) => q.topic)).toEqual([]);
  });

  it('covers shipping AI features in a backend: grounding, quality and cost', () => {
    for (const topic of topics.aiFeatures) {
      const q = all.find((x) => x.topic === topic);
      expect(q, topic).toBeDefined();
      expect(q?.rounds.includes('screen'), topic).toBe(false);
    }
  });

  it('is the bank the app ships: every file in the folder is loaded', () => {
    expect(
      starterBank()
        .map((q) => q.id)
        .sort(),
    ).toEqual(all.map((q) => q.id).sort());
  });
});
