import type { JdSectionId } from '../../../../shared/jd';

/** The editor's text areas by section, so a finding or a placeholder can select its span. */
const sectionInputs = new Map<JdSectionId, HTMLTextAreaElement>();

export function registerSectionInput(id: JdSectionId, element: HTMLTextAreaElement | null): void {
  if (element) sectionInputs.set(id, element);
  else sectionInputs.delete(id);
}

/** Focuses a section's text and selects [start, end) in it. */
export function selectInSection(sectionId: JdSectionId, start: number, end: number): void {
  const element = sectionInputs.get(sectionId);
  if (!element) return;
  element.focus();
  element.setSelectionRange(start, end);
  element.scrollIntoView?.({ block: 'center', behavior: 'smooth' });
}

/**
 * Replaces [start, end) of a section's text as typing would, through the browser's editing
 * command, so the text area's own undo (Ctrl/Cmd+Z) takes a fix back like any edit. The
 * input event it fires reaches the store through the text area's onChange. False where the
 * browser does not do it (no text area, or no editing commands, as in a test DOM).
 */
export function replaceAsTyped(
  sectionId: JdSectionId,
  start: number,
  end: number,
  replacement: string,
  expected: string,
): boolean {
  const element = sectionInputs.get(sectionId);
  if (!element || typeof document.execCommand !== 'function') return false;
  element.focus();
  element.setSelectionRange(start, end);
  const done =
    replacement === ''
      ? document.execCommand('delete')
      : document.execCommand('insertText', false, replacement);
  return done && element.value === expected;
}
