import { backupBench } from './backup.bench';
import { dbOpenBench } from './db-open.bench';
import { debriefBench } from './debrief.bench';
import { documentsBench } from './documents.bench';
import { exchangeBench } from './exchange.bench';
import type { Bench } from './harness';
import { hostileFilesBench } from './hostile-files.bench';
import { interviewAutosaveBench } from './interview-autosave.bench';
import { interviewRenderBench } from './interview-render.bench';
import { jdChecksBench } from './jd-checks.bench';
import { questionSearchBench } from './question-search.bench';

/** `npm run bench` runs every bench; `npm run bench -- db` only those whose name is given. */
const benches: Bench[] = [
  dbOpenBench,
  questionSearchBench,
  jdChecksBench,
  documentsBench,
  interviewAutosaveBench,
  interviewRenderBench,
  hostileFilesBench,
  backupBench,
  debriefBench,
  exchangeBench,
];

const wanted = process.argv.slice(2);
for (const bench of benches) {
  if (wanted.length > 0 && !wanted.includes(bench.name)) continue;
  await bench.run();
}
