import '@testing-library/jest-dom/vitest';
import { configure } from '@testing-library/react';

// One waiting policy for findBy* and waitFor: the core behind these screens is real SQLite,
// and on a busy 2-core machine an import or a save can take seconds, not the default 1 s.
configure({ asyncUtilTimeout: 10_000 });

/*
 * jsdom lacks a few browser APIs Mantine relies on. These stand-ins do nothing clever:
 * matchMedia never matches (so "follow the system" means light here), ResizeObserver
 * never reports, scrolling is a no-op.
 */

if (!window.matchMedia) {
  Object.defineProperty(window, 'matchMedia', {
    writable: true,
    configurable: true,
    value: (query: string): MediaQueryList => ({
      matches: false,
      media: query,
      onchange: null,
      addListener: () => {},
      removeListener: () => {},
      addEventListener: () => {},
      removeEventListener: () => {},
      dispatchEvent: () => false,
    }),
  });
}

if (!('ResizeObserver' in window)) {
  class ResizeObserverStub {
    observe(): void {}
    unobserve(): void {}
    disconnect(): void {}
  }
  Object.defineProperty(window, 'ResizeObserver', {
    writable: true,
    configurable: true,
    value: ResizeObserverStub,
  });
  Object.defineProperty(globalThis, 'ResizeObserver', {
    writable: true,
    configurable: true,
    value: ResizeObserverStub,
  });
}

if (!Element.prototype.scrollIntoView) {
  Element.prototype.scrollIntoView = () => {};
}
if (!Element.prototype.scrollTo) {
  Element.prototype.scrollTo = () => {};
}

// Mantine's autosizing textarea listens for web fonts finishing loading; jsdom loads none.
if (!('fonts' in document)) {
  Object.defineProperty(document, 'fonts', {
    configurable: true,
    value: { addEventListener: () => {}, removeEventListener: () => {}, ready: Promise.resolve() },
  });
}
