import { ActionIcon, Tooltip } from '@mantine/core';
import { IconArrowDown, IconArrowUp } from '@tabler/icons-react';

interface MoveButtonsProps {
  /** What moves, for the buttons' names ("Move Onsite up"). */
  name: string;
  index: number;
  count: number;
  onMove(toPosition: number): void;
  /** Tooltips: "Move up"/"Move down" unless the row says it better ("Ask earlier"). */
  tips?: [string, string];
  size?: 'sm';
}

/** Up and down buttons of a row in an ordered list (rounds, kit questions); Alt+arrows do the same. */
export function MoveButtons({
  name,
  index,
  count,
  onMove,
  tips = ['Move up', 'Move down'],
  size,
}: MoveButtonsProps) {
  const icon = size === 'sm' ? 14 : 16;
  return (
    <>
      <Tooltip label={tips[0]}>
        <ActionIcon
          variant="subtle"
          color="gray"
          size={size}
          aria-label={`Move ${name} up`}
          disabled={index === 0}
          onClick={() => onMove(index - 1)}
        >
          <IconArrowUp size={icon} aria-hidden />
        </ActionIcon>
      </Tooltip>
      <Tooltip label={tips[1]}>
        <ActionIcon
          variant="subtle"
          color="gray"
          size={size}
          aria-label={`Move ${name} down`}
          disabled={index === count - 1}
          onClick={() => onMove(index + 1)}
        >
          <IconArrowDown size={icon} aria-hidden />
        </ActionIcon>
      </Tooltip>
    </>
  );
}
