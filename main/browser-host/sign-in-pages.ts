import { LAUNCH_CODE_LIFETIME } from './launch-codes';

/**
 * The two small pages of the sign-in, served by the host itself. They carry no secret and no
 * script (the CSP forbids inline script anyway).
 */

function page(body: string, head = ''): string {
  return (
    '<!doctype html><html lang="en"><head><meta charset="utf-8">' +
    `<meta name="viewport" content="width=device-width, initial-scale=1">${head}` +
    `<title>eTOM Studio</title></head><body>${body}</body></html>`
  );
}

/**
 * The answer to a launch link that worked: the cookie is set with it, and the page moves on to
 * the editor at the clean address. A refresh from this page rather than a 303 redirect: when the
 * link was opened from the launch file (a file:// page), a redirect would still count as a
 * cross-site navigation and the browser would hold back the SameSite=Strict cookie; a
 * navigation started by this page is same-site, so the cookie goes with it.
 */
export const SIGNED_IN_PAGE = page(
  '<p>Signed in. <a href="/">Open eTOM Studio</a></p>',
  '<meta http-equiv="refresh" content="0; url=/">',
);

/** The answer to a browser without a session, or with a launch link that no longer works. */
export function signInNeededPage(reason: 'no-session' | 'link-spent'): string {
  const first =
    reason === 'link-spent'
      ? '<p>This launch link has been used already or has expired.</p>'
      : '<p>This browser is not signed in to eTOM Studio.</p>';
  return page(
    '<h1>eTOM Studio</h1>' +
      first +
      '<p>eTOM Studio opens through the launch link it prints in the terminal where it runs. ' +
      `Each link works once, within ${LAUNCH_CODE_LIFETIME}. The newest link is at the end of what that ` +
      'terminal shows: open it in this browser.</p>',
  );
}
