import { NumberInput, TextInput } from '@mantine/core';
import { type KeyboardEvent, type Ref, useEffect, useRef, useState } from 'react';

/** Pause in typing after which an inline edit is saved. */
export const INLINE_SAVE_MS = 600;

interface InlineTextProps {
  label: string;
  value: string;
  /** Resolves false when the core refused the value (it stays on screen to be fixed). */
  onCommit(value: string): Promise<boolean>;
  /** Said under the field when it is left empty. */
  emptyMessage: string;
  maxLength?: number;
  inputRef?: Ref<HTMLInputElement>;
  className?: string;
}

/**
 * A name edited in place: saved after a short pause, on Enter and when the field is left;
 * Esc puts back the stored value. While the field has focus the stored value never
 * overwrites what is being typed.
 */
export function InlineText({
  label,
  value,
  onCommit,
  emptyMessage,
  maxLength,
  inputRef,
  className,
}: InlineTextProps) {
  const [draft, setDraft] = useState(value);
  const [error, setError] = useState<string | null>(null);
  const focused = useRef(false);
  const timer = useRef<number | undefined>(undefined);

  useEffect(() => {
    if (!focused.current) setDraft(value);
  }, [value]);
  useEffect(() => () => window.clearTimeout(timer.current), []);

  const commit = async (next: string) => {
    window.clearTimeout(timer.current);
    const trimmed = next.trim();
    if (trimmed === '') {
      setError(emptyMessage);
      return;
    }
    setError(null);
    if (trimmed === value) return;
    await onCommit(trimmed);
  };

  const onKeyDown = (event: KeyboardEvent<HTMLInputElement>) => {
    if (event.key === 'Enter') {
      event.preventDefault();
      void commit(draft);
    } else if (event.key === 'Escape' && draft !== value) {
      event.preventDefault();
      event.stopPropagation();
      window.clearTimeout(timer.current);
      setDraft(value);
      setError(null);
    }
  };

  return (
    <TextInput
      ref={inputRef}
      aria-label={label}
      value={draft}
      maxLength={maxLength}
      error={error}
      className={className}
      onFocus={() => {
        focused.current = true;
      }}
      onBlur={() => {
        focused.current = false;
        void commit(draft);
      }}
      onChange={(event) => {
        const next = event.currentTarget.value;
        setDraft(next);
        window.clearTimeout(timer.current);
        timer.current = window.setTimeout(() => void commit(next), INLINE_SAVE_MS);
      }}
      onKeyDown={onKeyDown}
    />
  );
}

interface InlineMinutesProps {
  label: string;
  value: number;
  min?: number;
  max: number;
  onCommit(value: number): Promise<boolean>;
  size?: 'xs' | 'sm';
}

/** Minutes, saved on Enter or when the field is left; out-of-range values are clamped. */
export function InlineMinutes({ label, value, min = 1, max, onCommit, size = 'sm' }: InlineMinutesProps) {
  const [draft, setDraft] = useState<number | string>(value);
  const focused = useRef(false);

  useEffect(() => {
    if (!focused.current) setDraft(value);
  }, [value]);

  const commit = async () => {
    const n = typeof draft === 'number' ? draft : Number.parseInt(draft, 10);
    if (!Number.isFinite(n)) {
      setDraft(value);
      return;
    }
    const clamped = Math.min(max, Math.max(min, Math.round(n)));
    setDraft(clamped);
    if (clamped !== value) await onCommit(clamped);
  };

  return (
    <NumberInput
      aria-label={label}
      size={size}
      value={draft}
      min={min}
      max={max}
      allowDecimal={false}
      allowNegative={false}
      clampBehavior="none"
      suffix=" min"
      // Room for "240 min" at any column width, so the unit is never clipped ("22 mi").
      miw={size === 'xs' ? '5.5rem' : '6.5rem'}
      hideControls
      onChange={setDraft}
      onFocus={() => {
        focused.current = true;
      }}
      onBlur={() => {
        focused.current = false;
        void commit();
      }}
      onKeyDown={(event) => {
        if (event.key === 'Enter') {
          event.preventDefault();
          void commit();
        }
      }}
    />
  );
}
