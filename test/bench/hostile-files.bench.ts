import { dispatch } from '../../electron/core/dispatch';
import { readJdFile } from '../../electron/core/jd/read-file';
import { decodeUtf8File } from '../../shared/utf8';
import { hostileCorpus } from '../support/hostile-corpus';
import { openTempCore } from '../support/temp-db';
import { type Bench, report } from './harness';

/**
 * How long each hostile file takes to be refused (or a control file to be read), and the
 * peak resident memory above the start while it is, through the same core calls the CLI and
 * the preview make. The target: a refusal in about a second, never hundreds of megabytes.
 */
export const hostileFilesBench: Bench = {
  name: 'hostile',
  async run() {
    const core = await openTempCore();
    try {
      for (const file of await hostileCorpus()) {
        const base = process.memoryUsage.rss();
        let peak = base;
        const sampler = setInterval(() => {
          peak = Math.max(peak, process.memoryUsage.rss());
        }, 5);
        const start = performance.now();
        let outcome = 'read';
        try {
          if (file.reader === 'jd') await readJdFile(file.name, file.bytes);
          else {
            const decoded = decodeUtf8File(file.bytes, file.name);
            if (!decoded.ok) throw new Error(decoded.message);
            const format = file.name.endsWith('.csv') ? 'csv' : 'json';
            const result = await dispatch(core.ctx, 'questions.importPlan', {
              fileName: file.name,
              format,
              content: decoded.text,
            });
            if (!result.ok) throw new Error(result.error.message);
          }
        } catch {
          outcome = 'refused';
        }
        const ms = performance.now() - start;
        clearInterval(sampler);
        peak = Math.max(peak, process.memoryUsage.rss());
        report(`hostile ${file.name} ${outcome} (time)`, ms, 'ms');
        report(
          `hostile ${file.name} ${outcome} (peak memory above start)`,
          (peak - base) / 1024 / 1024,
          'MB',
        );
      }
    } finally {
      await core.close();
    }
  },
};
