import { useEffect } from 'react';
import { isTextEntry } from '../../ui/text-entry';
import { useLiveStore } from './live-store';

export interface LiveHotkeyTargets {
  /** Puts focus back on the question (Esc from a text field). */
  focusQuestion(): void;
  focusEvidence(): void;
  focusFlags(): void;
}

/** Elements whose arrow keys have their own meaning. */
const OWN_ARROWS = '[role="radiogroup"], [role="listbox"], [role="menu"], [role="tablist"], select';

/**
 * Live mode's keys: J/K or the arrows move between questions, 1-4 rate, 0 not asked,
 * I not enough evidence, N notes, F red flags, G the guide, / adds a question from the bank,
 * Ctrl/Cmd+Enter ends. Single keys are left alone while typing; Esc leaves a text field.
 * Nothing fires while a dialog (the bank search, the end confirmation) is open.
 */
export function useLiveHotkeys(targets: LiveHotkeyTargets): void {
  useEffect(() => {
    const onKeyDown = (event: KeyboardEvent) => {
      if (event.defaultPrevented || event.isComposing) return;
      const live = useLiveStore.getState();
      if (!live.interview || live.searchOpen || live.confirmEndOpen) return;
      const target = event.target instanceof Element ? event.target : null;
      if (target?.closest('[role="dialog"], [role="alertdialog"], [aria-modal="true"]')) return;
      const inProgress = live.interview.status === 'in-progress';
      const handled = () => event.preventDefault();
      const mod = event.ctrlKey || event.metaKey;

      if (mod && event.key === 'Enter' && !event.altKey && !event.shiftKey) {
        if (!inProgress) return;
        handled();
        live.setConfirmEndOpen(true);
        return;
      }
      if (event.key === 'Escape' && isTextEntry(target)) {
        handled();
        targets.focusQuestion();
        return;
      }
      if (mod || event.altKey || isTextEntry(target)) return;

      const arrowsFree = !target?.closest(OWN_ARROWS);
      switch (event.key) {
        case 'j':
        case 'J':
          handled();
          live.next();
          return;
        case 'k':
        case 'K':
          handled();
          live.previous();
          return;
        case 'ArrowDown':
        case 'ArrowRight':
          if (!arrowsFree) return;
          handled();
          live.next();
          return;
        case 'ArrowUp':
        case 'ArrowLeft':
          if (!arrowsFree) return;
          handled();
          live.previous();
          return;
        case '1':
        case '2':
        case '3':
        case '4':
          if (!inProgress) return;
          handled();
          // A held key repeats; a rating key toggles, so a long press would flip it on and off.
          if (event.repeat) return;
          live.rate(Number(event.key) as 1 | 2 | 3 | 4);
          return;
        case '0':
          if (!inProgress) return;
          handled();
          if (event.repeat) return;
          live.rate('not-asked');
          return;
        case 'i':
        case 'I':
          if (!inProgress) return;
          handled();
          if (event.repeat) return;
          live.rate('insufficient');
          return;
        case 'n':
        case 'N':
          handled();
          targets.focusEvidence();
          return;
        case 'f':
        case 'F':
          handled();
          targets.focusFlags();
          return;
        case 'g':
        case 'G':
          handled();
          live.toggleGuide();
          return;
        case '/':
          if (!inProgress) return;
          handled();
          live.setSearchOpen(true);
          return;
        default:
          return;
      }
    };
    document.addEventListener('keydown', onKeyDown);
    return () => document.removeEventListener('keydown', onKeyDown);
  }, [targets]);
}
