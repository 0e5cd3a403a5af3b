import { type DragEvent, type KeyboardEvent, useState } from 'react';

/**
 * Reordering a list by native drag and drop (a grip starts the drag, rows are drop targets)
 * and by Alt+ArrowUp/Down from anywhere inside a row. `onMove` gets the new 0-based position.
 */
export function useDragReorder(
  kind: string,
  count: number,
  onMove: (id: string, toPosition: number) => void,
) {
  const [dragging, setDragging] = useState<string | null>(null);
  const [over, setOver] = useState<number | null>(null);
  const type = `application/x-reqdesk-${kind}`;

  const gripProps = (id: string) => ({
    draggable: true,
    onDragStart(event: DragEvent<HTMLElement>) {
      event.dataTransfer.effectAllowed = 'move';
      event.dataTransfer.setData(type, id);
      const row = event.currentTarget.closest<HTMLElement>('[data-reorder-row]');
      if (row) event.dataTransfer.setDragImage(row, 16, 16);
      setDragging(id);
    },
    onDragEnd() {
      setDragging(null);
      setOver(null);
    },
  });

  const rowProps = (id: string, position: number) => ({
    'data-reorder-row': true,
    'data-dragging': dragging === id || undefined,
    'data-drop-target': (dragging !== null && over === position && dragging !== id) || undefined,
    onDragOver(event: DragEvent<HTMLElement>) {
      if (!event.dataTransfer.types.includes(type)) return;
      event.preventDefault();
      event.dataTransfer.dropEffect = 'move';
      if (over !== position) setOver(position);
    },
    onDrop(event: DragEvent<HTMLElement>) {
      const moved = event.dataTransfer.getData(type);
      setDragging(null);
      setOver(null);
      if (!moved || moved === id) return;
      event.preventDefault();
      onMove(moved, position);
    },
    onKeyDown(event: KeyboardEvent<HTMLElement>) {
      if (!event.altKey || event.ctrlKey || event.metaKey) return;
      if (event.key !== 'ArrowUp' && event.key !== 'ArrowDown') return;
      event.preventDefault();
      const to = position + (event.key === 'ArrowUp' ? -1 : 1);
      if (to >= 0 && to < count) onMove(id, to);
    },
  });

  return { gripProps, rowProps };
}
