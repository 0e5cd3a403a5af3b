/**
 * The Content-Security-Policy the app's page is served with (app:// under Electron, the
 * loopback server in preview), on top of the meta tag in index.html, which stays as wide as
 * the dev server needs (it injects style tags without a nonce). Both apply: the narrower wins.
 *
 * Styles: the component library writes its theme variables into <style> elements, which
 * carry the per-response nonce; `style` attributes stay allowed ('unsafe-inline' under
 * style-src-attr) because its components set CSS variables through them, and an attribute
 * cannot carry a nonce. Scripts: only files of the build, never inline or eval.
 */
export function contentSecurityPolicy(styleNonce: string): string {
  return [
    "default-src 'none'",
    "script-src 'self'",
    "style-src 'self'",
    `style-src-elem 'self' 'nonce-${styleNonce}'`,
    "style-src-attr 'unsafe-inline'",
    "img-src 'self' data:",
    "font-src 'self'",
    "connect-src 'self'",
    "base-uri 'none'",
    "form-action 'none'",
    "object-src 'none'",
    "frame-src 'none'",
    "frame-ancestors 'none'",
  ].join('; ');
}

/** The meta tag that hands the page its style nonce (read by the renderer for the component library). */
export const STYLE_NONCE_META = 'reqdesk-style-nonce';

/** The page with its style nonce in a meta tag at the top of <head>. */
export function withStyleNonce(html: string, styleNonce: string): string {
  return html.replace('<head>', `<head>\n    <meta name="${STYLE_NONCE_META}" content="${styleNonce}" />`);
}
