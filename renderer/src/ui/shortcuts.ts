/** Keyboard shortcuts as people read them: ⌘ on a Mac, Ctrl elsewhere. */

export function isMacPlatform(nav: Pick<Navigator, 'platform'> | undefined = globalThis.navigator): boolean {
  return /mac|iphone|ipad/i.test(nav?.platform ?? '');
}

/** The visible hint, e.g. "Ctrl+1" or "⌘1". */
export function modShortcutLabel(key: string, mac = isMacPlatform()): string {
  return mac ? `⌘${key.toUpperCase()}` : `Ctrl+${key.toUpperCase()}`;
}

/** The same shortcut for `aria-keyshortcuts`, e.g. "Control+1" or "Meta+1". */
export function modShortcutAria(key: string, mac = isMacPlatform()): string {
  return `${mac ? 'Meta' : 'Control'}+${key.toUpperCase()}`;
}
