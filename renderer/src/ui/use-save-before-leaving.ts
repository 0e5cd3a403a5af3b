import { useEffect } from 'react';

/**
 * Saves on the way out (the window hidden or closing), and holds a close while a save has not
 * landed: the browser then asks, and under Electron the main process does
 * (electron/main/unload-prompt.ts). `store` is the autosaving store (stable: a zustand hook).
 */
export function useSaveBeforeLeaving(
  hasUnsavedEdits: () => boolean,
  store: { getState(): { flush(): Promise<boolean> } },
): void {
  useEffect(() => {
    const onBeforeUnload = (event: BeforeUnloadEvent) => {
      if (!hasUnsavedEdits()) return;
      void store.getState().flush();
      event.preventDefault();
    };
    const onHide = () => {
      if (document.visibilityState === 'hidden') void store.getState().flush();
    };
    window.addEventListener('beforeunload', onBeforeUnload);
    document.addEventListener('visibilitychange', onHide);
    return () => {
      window.removeEventListener('beforeunload', onBeforeUnload);
      document.removeEventListener('visibilitychange', onHide);
    };
  }, [hasUnsavedEdits, store]);
}
