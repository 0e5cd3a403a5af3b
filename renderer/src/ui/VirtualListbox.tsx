import {
  type CSSProperties,
  type KeyboardEvent,
  type MouseEvent,
  type ReactNode,
  type Ref,
  useCallback,
  useEffect,
  useLayoutEffect,
  useRef,
  useState,
} from 'react';

/** Used while the list has no measured height (first paint, or jsdom, which has no layout). */
export const DEFAULT_VIEWPORT_HEIGHT = 640;

export interface VirtualListboxProps {
  /** Accessible name of the listbox. */
  label: string;
  /** How many options there are in all (rendered or not). */
  count: number;
  /** Every option is exactly this tall, in pixels. */
  rowHeight: number;
  /** The highlighted option (aria-activedescendant); null when none. */
  activeIndex: number | null;
  onActiveIndexChange(index: number): void;
  /** Enter on the active option, or a double click. */
  onActivate?(index: number): void;
  /** The rows now rendered, [start, end): for loading the data behind them. */
  onRangeChange?(start: number, end: number): void;
  /** A stable DOM id for an option. */
  optionId(index: number): string;
  /** The content of one option. */
  renderOption(index: number, active: boolean): ReactNode;
  /** Height of the scrolling box (any CSS length). */
  height: CSSProperties['height'];
  /** Rows rendered beyond each edge of the viewport. */
  overscan?: number;
  /** Keys the list does not use itself (it handles arrows, Home, End, Page Up/Down and Enter). */
  onKeyDown?(event: KeyboardEvent<HTMLDivElement>): void;
  /** When this changes, the list scrolls back to the top (a new query, say). */
  resetKey?: unknown;
  className?: string;
  optionClassName?: string;
  listRef?: Ref<HTMLDivElement>;
}

/**
 * A listbox that renders only the rows in view, so a hundred thousand options scroll as
 * smoothly as ten. Rows have one fixed height; the box keeps focus and points at the
 * active option with aria-activedescendant (the active option is always rendered, even
 * when scrolled away, so the reference never dangles).
 */
export function VirtualListbox({
  label,
  count,
  rowHeight,
  activeIndex,
  onActiveIndexChange,
  onActivate,
  onRangeChange,
  optionId,
  renderOption,
  height,
  overscan = 6,
  onKeyDown,
  resetKey,
  className,
  optionClassName,
  listRef,
}: VirtualListboxProps) {
  const boxRef = useRef<HTMLDivElement | null>(null);
  const [scrollTop, setScrollTop] = useState(0);
  const [viewport, setViewport] = useState(DEFAULT_VIEWPORT_HEIGHT);

  const setRefs = useCallback(
    (node: HTMLDivElement | null) => {
      boxRef.current = node;
      if (typeof listRef === 'function') listRef(node);
      else if (listRef) (listRef as { current: HTMLDivElement | null }).current = node;
    },
    [listRef],
  );

  // Track the box's height; ResizeObserver never reports in jsdom, so the default stays.
  useLayoutEffect(() => {
    const box = boxRef.current;
    if (!box) return;
    const measure = () => setViewport(box.clientHeight > 0 ? box.clientHeight : DEFAULT_VIEWPORT_HEIGHT);
    measure();
    const observer = new ResizeObserver(measure);
    observer.observe(box);
    return () => observer.disconnect();
  }, []);

  const scrollTo = useCallback((top: number) => {
    const box = boxRef.current;
    if (box) box.scrollTop = top;
    setScrollTop(top);
  }, []);

  // biome-ignore lint/correctness/useExhaustiveDependencies: resetKey is the trigger itself
  useLayoutEffect(() => {
    scrollTo(0);
  }, [resetKey, scrollTo]);

  // Keep the active option in view when it moves. Only a moved selection scrolls: scrolling
  // by hand (which changes scrollTop) must not snap back to it.
  const scrollTopRef = useRef(0);
  scrollTopRef.current = scrollTop;
  const viewportRef = useRef(viewport);
  viewportRef.current = viewport;
  // biome-ignore lint/correctness/useExhaustiveDependencies: runs when the selection moves, on purpose
  useLayoutEffect(() => {
    if (activeIndex === null) return;
    const current = scrollTopRef.current;
    const top = activeIndex * rowHeight;
    if (top < current) scrollTo(top);
    else if (top + rowHeight > current + viewportRef.current) scrollTo(top + rowHeight - viewportRef.current);
  }, [activeIndex]);

  const first = Math.max(0, Math.floor(scrollTop / rowHeight) - overscan);
  const last = Math.min(count, Math.ceil((scrollTop + viewport) / rowHeight) + overscan);

  useEffect(() => {
    if (last > first) onRangeChange?.(first, last);
  }, [first, last, onRangeChange]);

  const pageRows = Math.max(1, Math.floor(viewport / rowHeight) - 1);
  const move = (index: number) => {
    if (count === 0) return;
    onActiveIndexChange(Math.min(count - 1, Math.max(0, index)));
  };

  const handleKeyDown = (event: KeyboardEvent<HTMLDivElement>) => {
    if (event.altKey || event.ctrlKey || event.metaKey) {
      onKeyDown?.(event);
      return;
    }
    const at = activeIndex ?? -1;
    const keys: Record<string, () => void> = {
      ArrowDown: () => move(at + 1),
      ArrowUp: () => move(activeIndex === null ? 0 : at - 1),
      Home: () => move(0),
      End: () => move(count - 1),
      PageDown: () => move(at + pageRows),
      PageUp: () => move(Math.max(0, at) - pageRows),
      Enter: () => {
        if (activeIndex !== null) onActivate?.(activeIndex);
      },
    };
    const action = keys[event.key];
    if (action) {
      event.preventDefault();
      action();
      return;
    }
    onKeyDown?.(event);
  };

  const indexFromEvent = (event: MouseEvent<HTMLDivElement>): number | null => {
    const option = (event.target as Element).closest<HTMLElement>('[role="option"]');
    const index = option?.dataset.index;
    return index === undefined ? null : Number(index);
  };

  const rows: number[] = [];
  for (let i = first; i < last; i++) rows.push(i);
  if (activeIndex !== null && activeIndex < count && (activeIndex < first || activeIndex >= last)) {
    rows.push(activeIndex);
  }

  return (
    <div
      ref={setRefs}
      role="listbox"
      aria-label={label}
      tabIndex={0}
      aria-activedescendant={activeIndex !== null && activeIndex < count ? optionId(activeIndex) : undefined}
      className={className}
      style={{ height, overflowY: 'auto', position: 'relative' }}
      onScroll={(event) => setScrollTop(event.currentTarget.scrollTop)}
      onKeyDown={handleKeyDown}
      onFocus={(event) => {
        if (event.target === event.currentTarget && activeIndex === null && count > 0) onActiveIndexChange(0);
      }}
      onClick={(event) => {
        const index = indexFromEvent(event);
        if (index !== null) onActiveIndexChange(index);
      }}
      onDoubleClick={(event) => {
        const index = indexFromEvent(event);
        if (index !== null) onActivate?.(index);
      }}
    >
      <div style={{ height: count * rowHeight, position: 'relative' }}>
        {rows.map((index) => {
          const active = index === activeIndex;
          return (
            // Options are not focused themselves: the listbox keeps focus and points at the
            // active one with aria-activedescendant.
            // biome-ignore lint/a11y/useFocusableInteractive: see above
            <div
              key={index}
              id={optionId(index)}
              role="option"
              aria-selected={active}
              aria-posinset={index + 1}
              aria-setsize={count}
              data-index={index}
              className={optionClassName}
              style={{
                position: 'absolute',
                top: index * rowHeight,
                left: 0,
                right: 0,
                height: rowHeight,
                overflow: 'hidden',
              }}
            >
              {renderOption(index, active)}
            </div>
          );
        })}
      </div>
    </div>
  );
}
