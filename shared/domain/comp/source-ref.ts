import type { CompSourceRef } from './advice';
import type { CompData, CompRow } from './comp-data';

/** The reference shown beside a figure: its source's name, the row's year and update date. */
export function sourceRef(
  data: CompData,
  row: Pick<CompRow, 'sourceId' | 'year' | 'updated'>,
): CompSourceRef {
  const source = data.sources.find((s) => s.id === row.sourceId);
  return {
    sourceId: row.sourceId,
    label: source?.label ?? row.sourceId,
    year: row.year,
    updated: row.updated,
  };
}
