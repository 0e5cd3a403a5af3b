import { STYLE_NONCE_META } from '../../../shared/content-security';

/**
 * The nonce the page was served with for its <style> elements, or undefined (dev server):
 * handed to the component library so the style tags it writes pass the page's policy.
 */
export function styleNonceGetter(doc: Document = document): (() => string) | undefined {
  const nonce = doc.querySelector<HTMLMetaElement>(`meta[name="${STYLE_NONCE_META}"]`)?.content;
  return nonce ? () => nonce : undefined;
}
