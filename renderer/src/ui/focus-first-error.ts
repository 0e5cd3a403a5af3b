/**
 * Puts the cursor in the first field, in the order the form shows them, that has an error:
 * fields are found by the `data-path` attribute Mantine's form gives each input. Waits a frame
 * so React has drawn the messages (and any field that appears with them).
 */
export function focusFirstError(form: HTMLFormElement | null, errors: Record<string, unknown>): void {
  if (!form || Object.keys(errors).length === 0) return;
  requestAnimationFrame(() => {
    const fields = form.querySelectorAll<HTMLElement>('[data-path]');
    const field = [...fields].find((element) => errors[element.dataset.path ?? ''] !== undefined);
    const input = field?.matches('input, textarea, select')
      ? field
      : field?.querySelector<HTMLElement>('input, textarea, select');
    input?.focus();
  });
}
