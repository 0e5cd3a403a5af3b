import type { QuestionDraft, QuestionFilters } from '../../shared/questions';
import { archetypes, levels, questionCategories, rounds, standardAttributes } from '../../shared/questions';

// Word pools for synthetic but realistic-looking questions (bench data only, never shipped).
// Each text ends in a short unique reference: no word is shared by every question, as in a
// real bank (an earlier "(case N)" suffix made "ca" match all 100k rows).
const subjects = [
  'schema',
  'cache',
  'queue',
  'index',
  'migration',
  'endpoint',
  'webhook',
  'retry policy',
  'rate limiter',
  'consumer',
  'deployment',
  'pipeline',
  'secret',
  'failover',
  'cold start',
  'gateway',
  'token',
  'partition',
  'replica',
  'backfill',
  'timeout',
  'circuit breaker',
  'load balancer',
  'feature flag',
  'dashboard',
  'alert',
  'incident',
  'rollback',
  'contract',
  'pagination',
  'idempotency key',
  'dead letter queue',
  'query plan',
  'connection pool',
  'worker',
  'cron job',
  'bucket',
];
const verbs = [
  'designed',
  'debugged',
  'migrated',
  'scaled',
  'secured',
  'tested',
  'replaced',
  'monitored',
  'tuned',
  'reviewed',
];
const stacks = [
  'Postgres',
  'MySQL',
  'Redis',
  'Kafka',
  'RabbitMQ',
  'SQS',
  'Kubernetes',
  'Terraform',
  'Go',
  'Java',
  'Node',
  'Python',
  'Cloudflare Workers',
  'GraphQL',
  'gRPC',
  'Temporal',
];
const openers = [
  'Walk me through a',
  'Tell me about a',
  'Describe the last',
  'How would you approach a',
  'What went wrong with a',
];
const outcomes = [
  'under heavy load',
  'during an outage',
  'for a new client',
  'across two regions',
  'with a tight deadline',
  'after a data loss scare',
];

const pick = <T>(xs: readonly T[], n: number): T => xs[n % xs.length] as T;

/** A deterministic question for index i: the same corpus on every run. */
export function syntheticQuestion(i: number): QuestionDraft {
  const subject = pick(subjects, i * 7 + 3);
  const stack = pick(stacks, i * 11 + 1);
  const verb = pick(verbs, i * 5 + 2);
  return {
    category: pick(questionCategories, i),
    topic: `${subject[0]?.toUpperCase()}${subject.slice(1)} in practice`,
    text: `${pick(openers, i * 3)} ${subject} you ${verb} on ${stack} ${pick(outcomes, i * 13)} (ref ${i.toString(36)}).`,
    strongAnswer: `Names the ${subject}, the numbers they watched, the trade-off they accepted with ${stack}, and what they would change.`,
    anchors: [
      'Could not describe a real case.',
      'Described a case but not their own decisions.',
      'Explained their decisions and one trade-off.',
      'Explained decisions, trade-offs and measured results.',
    ],
    probes: [`What did the ${subject} cost you?`, 'What would you do differently?'],
    redFlags: ['Blames others for every problem.'],
    levels: [pick(levels, i), pick(levels, i + 1)],
    archetypes: [pick(archetypes, i * 3)],
    rounds: [pick(rounds, i)],
    attributes: [pick(standardAttributes, i), pick(standardAttributes, i * 3 + 1)],
    minutes: 5 + (i % 10),
    tags: [stack.toLowerCase().replace(/\s+/g, '-'), subject.replace(/\s+/g, '-')],
  };
}

/** The search-as-you-type mix: growing prefixes, two-word queries, some with filters. */
export function typingQueries(): { text: string; filters: QuestionFilters }[] {
  const words = [
    'schema',
    'cache',
    'migration',
    'kafka',
    'postgres',
    'rollback',
    'idempotency',
    'partition',
    'timeout',
    'gateway',
  ];
  const queries: { text: string; filters: QuestionFilters }[] = [];
  for (const word of words) {
    for (let len = 2; len <= Math.min(word.length, 6); len++)
      queries.push({ text: word.slice(0, len), filters: {} });
  }
  for (let i = 0; i < words.length; i++) {
    const first = words[i] as string;
    const second = words[(i + 3) % words.length] as string;
    queries.push({ text: `${first} ${second.slice(0, 3)}`, filters: {} });
    queries.push({ text: `${first} ${second}`, filters: {} });
  }
  const filterSets: QuestionFilters[] = [
    { level: ['senior'] },
    { archetype: ['data'] },
    { category: ['technical'], level: ['mid', 'lead'] },
    { round: ['onsite'] },
  ];
  const base = queries.length;
  for (let i = 0; queries.length < 200; i++) {
    const q = queries[i % base] as { text: string };
    queries.push({ text: q.text, filters: filterSets[i % filterSets.length] ?? {} });
  }
  return queries;
}
