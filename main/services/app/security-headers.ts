/**
 * The Content Security Policy of the editor, the same in both hosts. Scripts only from the
 * app itself (no inline script, no eval); inline styles are allowed because React Flow sets
 * element positions through the style attribute.
 */
const DIRECTIVES = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data: blob:",
  "font-src 'self' data:",
  "connect-src 'self'",
  "object-src 'none'",
  "base-uri 'none'",
  "form-action 'none'",
];

/**
 * The policy in renderer/index.html's meta element, which holds where no header is sent (the
 * page saved to disk, the dev server). A meta cannot carry frame-ancestors: browsers ignore it
 * there, with a console warning.
 */
export const META_CONTENT_SECURITY_POLICY = DIRECTIVES.join('; ');

/** The policy every response carries as a header. */
export const CONTENT_SECURITY_POLICY = [...DIRECTIVES, "frame-ancestors 'none'"].join('; ');

/** Headers every response of the app carries, whichever host serves it. */
export const SECURITY_HEADERS: Readonly<Record<string, string>> = {
  'Content-Security-Policy': CONTENT_SECURITY_POLICY,
  'X-Content-Type-Options': 'nosniff',
  'Referrer-Policy': 'no-referrer',
  'X-Frame-Options': 'DENY',
  'Cross-Origin-Opener-Policy': 'same-origin',
  'Cross-Origin-Resource-Policy': 'same-origin',
};
