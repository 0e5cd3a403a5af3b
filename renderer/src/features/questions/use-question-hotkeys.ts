import { useEffect, useRef } from 'react';
import { isTextEntry } from '../../ui/text-entry';
import { useImportStore } from './import-store';
import { cachedTotal } from './queries';
import { currentId, useQuestionBankStore } from './question-bank-store';
import { deleteQuestion, openEdit, undoDelete } from './question-writes';

export interface QuestionHotkeyActions {
  focusSearch(): void;
  focusList(): void;
  openDetail(): void;
  /** Whether focus is in the detail pane (Esc goes back to the list from there). */
  inDetail(target: Element): boolean;
}

/** Elements whose own keys (arrows, Enter) must keep their usual meaning. */
const OWN_KEYS =
  'button, a[href], input, select, textarea, [role="listbox"], [role="radiogroup"], [role="menu"]';

/**
 * The question bank's single-key shortcuts, active while no dialog is open and focus is not
 * in a text field: / search, ↑↓ move, Enter open, E edit, N new, Delete delete, Esc back or
 * clear the search, Ctrl/Cmd+Z undo a delete.
 */
export function useQuestionHotkeys(actions: QuestionHotkeyActions): void {
  const latest = useRef(actions);
  latest.current = actions;

  useEffect(() => {
    const onKeyDown = (event: KeyboardEvent) => {
      if (event.defaultPrevented || event.isComposing) return;
      const bank = useQuestionBankStore.getState();
      if (bank.form !== null || useImportStore.getState().file !== null) return;
      const target = event.target instanceof Element ? event.target : null;
      if (target?.closest('[role="dialog"], [role="alertdialog"], [aria-modal="true"]')) return;
      const act = latest.current;
      const id = currentId(bank);
      const mod = event.ctrlKey || event.metaKey;
      const handled = () => event.preventDefault();

      if (mod && !event.altKey && !event.shiftKey) {
        const key = event.key.toLowerCase();
        if (key === 'z' && bank.deleted && !isTextEntry(target)) {
          handled();
          void undoDelete();
        } else if (key === 'backspace' && id && !isTextEntry(target)) {
          handled();
          void deleteQuestion(id);
        }
        return;
      }
      if (mod || event.altKey || isTextEntry(target)) return;

      const plain = !target || target === document.body || !target.closest(OWN_KEYS);
      switch (event.key) {
        case '/':
          handled();
          act.focusSearch();
          return;
        case 'n':
        case 'N':
          handled();
          bank.openCreate();
          return;
        case 'e':
        case 'E':
          if (!id) return;
          handled();
          void openEdit(id);
          return;
        case 'Delete':
          if (!id) return;
          handled();
          void deleteQuestion(id);
          return;
        case 'ArrowDown':
        case 'ArrowUp': {
          const total = cachedTotal(bank.shown);
          if (!plain || total === null || total === 0) return;
          handled();
          const at = bank.activeIndex;
          const next = at === null ? 0 : at + (event.key === 'ArrowDown' ? 1 : -1);
          bank.setActiveIndex(Math.min(total - 1, Math.max(0, next)));
          act.focusList();
          return;
        }
        case 'Enter':
          if (!plain || !id) return;
          handled();
          act.openDetail();
          return;
        case 'Escape':
          if (target && act.inDetail(target)) {
            handled();
            act.focusList();
          } else if (bank.text !== '') {
            handled();
            bank.clearSearch();
            act.focusSearch();
          }
          return;
        default:
          return;
      }
    };
    document.addEventListener('keydown', onKeyDown);
    return () => document.removeEventListener('keydown', onKeyDown);
  }, []);
}
