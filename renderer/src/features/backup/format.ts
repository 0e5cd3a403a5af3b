import type { BackupCounts, BackupReason } from '../../../../shared/backup';
import { plural } from '../../ui/format';

export const REASON_LABELS: Record<BackupReason, string> = {
  scheduled: 'Automatic',
  manual: 'Backed up by you',
  'before-restore': 'Before a restore',
  'before-import': 'Before an import',
  'before-upgrade': 'Before an upgrade',
};

const count = (n: number | null, one: string) => (n === null ? `no ${one}s` : plural(n, one));

/** "2 roles, 5 candidates, 7 interviews, 6 scorecards" */
export const countsText = (c: BackupCounts): string =>
  [
    count(c.roles, 'role'),
    count(c.candidates, 'candidate'),
    count(c.interviews, 'interview'),
    count(c.scorecards, 'scorecard'),
  ].join(', ');
