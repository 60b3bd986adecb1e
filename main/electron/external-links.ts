/** Sites the app may open in the user's browser (help and framework pages). */
const ALLOWED_HOSTS = new Set(['www.tmforum.org', 'tmforum.org']);

/**
 * Whether a link may leave the app for the default browser: https only, to a known host, with
 * no credentials in it. Everything else (file:, smb:, custom schemes, http) is dropped.
 */
export function isAllowedExternalUrl(url: string): boolean {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return false;
  }
  return (
    parsed.protocol === 'https:' &&
    parsed.username === '' &&
    parsed.password === '' &&
    parsed.port === '' &&
    ALLOWED_HOSTS.has(parsed.hostname)
  );
}
