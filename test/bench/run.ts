import { dbOpenBench } from './db-open.bench';
import type { Bench } from './harness';
import { questionSearchBench } from './question-search.bench';

/** `npm run bench` runs every bench; `npm run bench -- db` only those whose name is given. */
const benches: Bench[] = [dbOpenBench, questionSearchBench];

const wanted = process.argv.slice(2);
for (const bench of benches) {
  if (wanted.length > 0 && !wanted.includes(bench.name)) continue;
  await bench.run();
}
