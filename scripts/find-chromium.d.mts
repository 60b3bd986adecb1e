/** Playwright's own Chromium where downloaded, else the system's, else null. */
export function findChromium(root: string): string | null;

/** The one line said where no Chromium could be found. */
export const NO_CHROMIUM_MESSAGE: string;
