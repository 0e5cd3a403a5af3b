import { describe, expect, it } from 'vitest';
import { backupsToKeep } from '../../../electron/core/backup/rotation';

const at = (iso: string) => ({ createdAt: iso });

describe('backup rotation', () => {
  it('keeps the 3 newest, the newest of each of 7 days, 4 weeks and 12 months, and nothing else', () => {
    // Thirteen months with a backup each: the oldest month goes.
    const monthly = Array.from({ length: 13 }, (_, i) => at(new Date(Date.UTC(2025, i, 10)).toISOString()));
    const keptMonths = [...backupsToKeep(monthly)].map((b) => b.createdAt.slice(0, 7));
    expect(keptMonths).toHaveLength(12);
    expect(keptMonths).not.toContain('2025-01');

    const backups = [
      // Four on the newest day: the 3 newest are kept anyway, the oldest of the day is not.
      at('2026-12-07T18:00:00.000Z'),
      at('2026-12-07T14:00:00.000Z'),
      at('2026-12-07T10:00:00.000Z'),
      at('2026-12-07T06:00:00.000Z'),
      // One a day for the 8 days before: the newest 6 of them fill the 7 days (with Dec 7).
      ...[6, 5, 4, 3, 2, 1].map((d) => at(`2026-12-0${d}T12:00:00.000Z`)),
      at('2026-11-30T12:00:00.000Z'), // a Monday: its week's newest, kept for the weeks
      at('2026-11-29T12:00:00.000Z'), // Sunday, same week as Nov 23: newest of that week
      at('2026-11-24T12:00:00.000Z'), // older in the week of Nov 23: not kept
      at('2026-11-16T12:00:00.000Z'), // fourth week: kept; then only months
      at('2026-11-10T12:00:00.000Z'), // November's newest is far newer: not kept
      at('2026-10-31T12:00:00.000Z'), // October's newest
      at('2026-10-02T12:00:00.000Z'),
      at('2025-12-15T12:00:00.000Z'), // months are counted among those that have a backup:
      at('2025-11-15T12:00:00.000Z'), // these are the 4th and 5th, so both are kept
    ];
    const kept = [...backupsToKeep(backups)].map((b) => b.createdAt).sort();
    expect(kept).toEqual(
      [
        '2025-11-15T12:00:00.000Z',
        '2025-12-15T12:00:00.000Z',
        '2026-10-31T12:00:00.000Z',
        '2026-11-16T12:00:00.000Z',
        '2026-11-29T12:00:00.000Z',
        '2026-11-30T12:00:00.000Z',
        '2026-12-01T12:00:00.000Z',
        '2026-12-02T12:00:00.000Z',
        '2026-12-03T12:00:00.000Z',
        '2026-12-04T12:00:00.000Z',
        '2026-12-05T12:00:00.000Z',
        '2026-12-06T12:00:00.000Z',
        '2026-12-07T10:00:00.000Z',
        '2026-12-07T14:00:00.000Z',
        '2026-12-07T18:00:00.000Z',
      ].sort(),
    );
  });
});
