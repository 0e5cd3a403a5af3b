import { waitFor } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { focusFirstError } from '../../renderer/src/ui/focus-first-error';

/** A form laid out the way Mantine's inputs render: the path on an input, or on a group around them. */
function form(): HTMLFormElement {
  const element = document.createElement('form');
  element.innerHTML = `
    <input data-path="name" />
    <div data-path="levels"><label><input type="checkbox" value="senior" /></label></div>
    <textarea data-path="anchors.0"></textarea>
    <input data-path="email" />
  `;
  document.body.append(element);
  return element;
}

const byPath = (root: HTMLElement, path: string) => root.querySelector<HTMLElement>(`[data-path="${path}"]`);

afterEach(() => {
  document.body.innerHTML = '';
});

describe('focusFirstError', () => {
  it('focuses the first field with an error in the order the form shows them, not the order of the errors', async () => {
    const root = form();
    focusFirstError(root, {
      email: 'That does not look like an email address.',
      'anchors.0': 'Anchor 1 is empty.',
    });
    await waitFor(() => expect(byPath(root, 'anchors.0')).toHaveFocus());
  });

  it('focuses the first input inside a group that carries the error', async () => {
    const root = form();
    focusFirstError(root, { email: 'Wrong.', levels: 'Pick at least one level.' });
    await waitFor(() => expect(root.querySelector('input[type="checkbox"]')).toHaveFocus());
  });

  it('leaves the focus where it is when nothing is wrong or no field has the path', async () => {
    const root = form();
    byPath(root, 'email')?.focus();
    focusFirstError(root, {});
    focusFirstError(root, { 'draft.unknown': 'Not a field of this form.' });
    // A frame passes for both calls before the check.
    await new Promise((resolve) => requestAnimationFrame(resolve));
    expect(byPath(root, 'email')).toHaveFocus();
  });
});
