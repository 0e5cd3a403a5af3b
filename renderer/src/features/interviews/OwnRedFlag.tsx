import { TextInput } from '@mantine/core';
import { useState } from 'react';
import { INTERVIEW_LIMITS } from '../../../../shared/interviews';
import { withoutControlCharacters } from '../../../../shared/questions';
import { useLiveStore } from './live-store';

/**
 * A red flag in the interviewer's own words, beside the bank's list: typed, then Enter raises
 * it on the current question (it shows as a chip there and can be toggled off like the others).
 */
export function OwnRedFlag({ raised, disabled }: { raised: readonly string[]; disabled: boolean }) {
  const [text, setText] = useState('');
  const [error, setError] = useState<string | null>(null);
  const add = () => {
    // One line: control characters out, line breaks and runs of spaces as one space.
    const flag = withoutControlCharacters(text).replace(/\s+/g, ' ').trim();
    if (flag === '') return;
    if (raised.includes(flag)) {
      setError('That red flag is already raised on this question.');
      return;
    }
    if (raised.length >= INTERVIEW_LIMITS.redFlags) {
      setError(`A question holds at most ${INTERVIEW_LIMITS.redFlags} red flags.`);
      return;
    }
    useLiveStore.getState().toggleFlag(flag);
    setText('');
    setError(null);
  };
  return (
    <TextInput
      size="xs"
      aria-label="Another red flag, in your words"
      placeholder="Another red flag, in your words (Enter adds it)"
      value={text}
      maxLength={INTERVIEW_LIMITS.redFlag}
      disabled={disabled}
      error={error}
      onChange={(event) => {
        setText(event.currentTarget.value);
        setError(null);
      }}
      onKeyDown={(event) => {
        if (event.key === 'Enter') {
          event.preventDefault();
          add();
        }
      }}
    />
  );
}
