import type { RoleSpec } from '../../../../shared/roles';

type Archetype = NonNullable<RoleSpec['archetype']>;

/** What each of the four backend jobs is, in a line, for the cards at the top of the intake. */
export const ARCHETYPE_CARDS: Record<Archetype, { title: string; owns: string; reportsThrough: string }> = {
  api: {
    title: 'API / services',
    owns: 'The request path: endpoints and contracts, validation, auth, rate limits, idempotent writes.',
    reportsThrough: 'Product Engineering',
  },
  data: {
    title: 'Data-intensive',
    owns: 'Schemas and migrations, queries tuned at volume, pipelines into the warehouse, stream consumers.',
    reportsThrough: 'Data Platform / IT',
  },
  platform: {
    title: 'Platform / infrastructure',
    owns: 'What other engineers ship on: the deploy pipeline, secrets, infrastructure as code, failover.',
    reportsThrough: 'Platform Engineering',
  },
  edge: {
    title: 'Edge / BFF',
    owns: 'Code at the edge and the layer behind the web app, mostly TypeScript, where cold starts matter.',
    reportsThrough: 'Web Platform / Product',
  },
};
