/** What the IPC transport knows about the frame that sent a host call. */
export interface SenderFacts {
  /** The sending frame's URL, or null when the frame is gone (navigated or destroyed). */
  frameUrl: string | null;
  /** True for a window's top frame; subframes never get the host. */
  isMainFrame: boolean;
  /** True when the sender's webContents belongs to a window this app created. */
  isKnownWindow: boolean;
}

/**
 * `scheme://host` of a URL, comparable for custom schemes too (WHATWG `URL.origin` is "null"
 * for `app://`). Null for anything that does not parse.
 */
export function originOf(url: string): string | null {
  try {
    const parsed = new URL(url);
    if (parsed.host === '') return null;
    return `${parsed.protocol}//${parsed.host}`;
  } catch {
    return null;
  }
}

/**
 * Whether a host call may run: it must come from the main frame of one of our windows, showing
 * one of our own origins (the packaged renderer, or the dev server in development). A page that
 * navigated elsewhere, an iframe or a window we did not create is refused.
 */
export function isTrustedSender(
  facts: SenderFacts,
  trustedOrigins: ReadonlyArray<string>,
): boolean {
  if (!facts.isKnownWindow || !facts.isMainFrame || facts.frameUrl === null) return false;
  const origin = originOf(facts.frameUrl);
  return origin !== null && trustedOrigins.includes(origin);
}
