import { describe, expect, it } from 'vitest';
import { APP_ENTRY_URL, isAllowedNavigation, isAppUrl, isTrustedSender } from '../../electron/main/origin';

const dev = 'http://localhost:5173';

describe('the app origin predicates', () => {
  it('accept the app itself', () => {
    expect(isAppUrl(APP_ENTRY_URL)).toBe(true);
    expect(isAllowedNavigation('app://reqdesk/#/questions')).toBe(true);
    expect(isTrustedSender('app://reqdesk/index.html')).toBe(true);
  });

  it('refuse look-alikes, credentials, ports and other schemes', () => {
    for (const url of [
      'javascript:alert(1)',
      'file:///etc/passwd',
      'file:///app/out/renderer/index.html',
      'app://reqdesk@evil/index.html',
      'app://evil@reqdesk/index.html',
      'app://user:pass@reqdesk/',
      'app://reqdesk.evil/index.html',
      'app://reqdeskevil/',
      'app://evil/reqdesk/',
      'app://reqdesk:8080/',
      'https://reqdesk/',
      'http://app.reqdesk/',
      'data:text/html,<script>alert(1)</script>',
      'about:blank',
      '',
      'not a url',
    ]) {
      expect(isAllowedNavigation(url), url).toBe(false);
      expect(isTrustedSender(url), url).toBe(false);
    }
    expect(isTrustedSender(undefined)).toBe(false);
  });

  it('allow the loopback dev server only while one is running, and only its origin', () => {
    expect(isAllowedNavigation(`${dev}/#/roles`, dev)).toBe(true);
    expect(isTrustedSender(`${dev}/`, dev)).toBe(true);
    expect(isAllowedNavigation(`${dev}/`)).toBe(false);
    expect(isAllowedNavigation('http://localhost:5174/', dev)).toBe(false);
    expect(isAllowedNavigation('http://localhost.evil.com:5173/', dev)).toBe(false);
    expect(isAllowedNavigation('http://user@localhost:5173/', dev)).toBe(false);
    // A dev server URL that is not loopback is never trusted.
    expect(isAllowedNavigation('http://example.com/', 'http://example.com')).toBe(false);
  });
});
