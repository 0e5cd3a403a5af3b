import { render, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, expect, it } from 'vitest';
import { previewTransport, setTransport } from '../../renderer/src/api';
import { App } from '../../renderer/src/app/App';
import { coreBridge } from '../support/core-bridge';
import type { TempCore } from '../support/temp-db';
import { appState, heading, resetPage, startCore } from './support/app-harness';

let core: TempCore;

beforeEach(async () => {
  resetPage();
  core = await startCore();
});

afterEach(async () => {
  resetPage();
  await core.close();
});

it('says so, with the reason, when the core cannot be reached, and recovers on retry', async () => {
  // The real preview client, with a network that refuses every request.
  const unreachable = (() => Promise.reject(new TypeError('Failed to fetch'))) as typeof fetch;
  setTransport(previewTransport(document, unreachable));
  const user = userEvent.setup();
  render(<App env="test" />);
  await waitFor(() => expect(appState()).toBe('error'));
  expect(heading()).toHaveTextContent('Reqdesk could not start');
  expect(screen.getByRole('alert')).toHaveTextContent('Failed to fetch');
  expect(screen.queryByRole('navigation')).not.toBeInTheDocument();

  setTransport(coreBridge(core.ctx));
  await user.click(screen.getByRole('button', { name: 'Try again' }));
  await waitFor(() => expect(appState()).toBe('ready'));
  expect(heading()).toHaveTextContent('Roles');
});

it('shows loading until the core has answered', async () => {
  let release: () => void = () => {};
  const gate = new Promise<void>((resolve) => {
    release = resolve;
  });
  const bridge = coreBridge(core.ctx);
  setTransport({ invoke: async (channel, input) => gate.then(() => bridge.invoke(channel, input)) });
  render(<App env="test" />);
  await waitFor(() => expect(appState()).toBe('loading'));
  expect(screen.getByRole('status')).toHaveTextContent('Opening your workspace');
  release();
  await waitFor(() => expect(appState()).toBe('ready'));
});
