import { useEffect } from 'react';
import { isTextEntry } from './text-entry';

/**
 * Ctrl/Cmd+Z outside text fields (and outside dialogs and menus) takes back the change an
 * UndoToast offers. Inside a text field the key belongs to the field's own undo.
 * `undo` returns false when there is nothing to take back, so the key goes on as usual.
 */
export function useUndoHotkey(undo: () => boolean): void {
  useEffect(() => {
    const onKeyDown = (event: KeyboardEvent) => {
      if (event.defaultPrevented || event.isComposing || isTextEntry(event.target)) return;
      const mod = event.ctrlKey || event.metaKey;
      if (!mod || event.shiftKey || event.altKey || event.key.toLowerCase() !== 'z') return;
      const target = event.target instanceof Element ? event.target : null;
      if (target?.closest('[role="dialog"], [role="menu"]')) return;
      if (undo()) event.preventDefault();
    };
    window.addEventListener('keydown', onKeyDown);
    return () => window.removeEventListener('keydown', onKeyDown);
  }, [undo]);
}
