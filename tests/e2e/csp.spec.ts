import { reportFigures } from '../support/scorecard';
import {
  CONTENT_SECURITY_POLICY,
  META_CONTENT_SECURITY_POLICY,
} from '../../main/services/app/security-headers';
import { startHost, type RunningHost } from './support/browser-host';
import { attemptScripts, BLOCKED_KINDS } from './support/csp-attempts';
import { expect, test } from './support/test';

// RELIABILITY.md F.27 in the browser host, which serves the built renderer with the same
// headers as the desktop app's app:// handler (electron.spec.ts checks that one where the
// Electron binary exists). The "0 violations in the whole suite" half is the watch in
// ./support/test.ts, which every browser spec runs under.

let host: RunningHost | undefined;

test.afterEach(async () => {
  await host?.stop();
  host = undefined;
});

test('the editor carries the expected CSP, which blocks injected scripts and eval, each with a violation event', async ({
  page,
  cspViolations,
}) => {
  host = await startHost();
  await host.open(page);
  const response = await page.reload();
  await expect(page.getByRole('button', { name: 'New workspace' })).toBeVisible();
  const header = response?.headers()['content-security-policy'];
  const meta = await page
    .locator('meta[http-equiv="Content-Security-Policy"]')
    .getAttribute('content');
  expect(header).toBe(CONTENT_SECURITY_POLICY);
  expect(meta).toBe(META_CONTENT_SECURITY_POLICY);
  expect(cspViolations.take(), 'the editor loads without a violation').toEqual([]);

  const attempts = await attemptScripts(page);
  expect(attempts.ran).toEqual([]);
  expect(attempts.kinds).toEqual(BLOCKED_KINDS);
  // The suite's watch saw the same events, which this test claims as provoked on purpose.
  const watched = cspViolations.take();
  expect([...new Set(watched.map((v) => `${v.directive} ${v.blocked}`))].sort()).toEqual(
    BLOCKED_KINDS,
  );
  reportFigures('F.27', 'CSP of the browser host (header and meta) against injected script', {
    'header as expected': header === CONTENT_SECURITY_POLICY,
    'meta as expected': meta === META_CONTENT_SECURITY_POLICY,
    'injected scripts and evals run': attempts.ran.length,
    'kinds blocked with an event': `${attempts.kinds.length}/${BLOCKED_KINDS.length}`,
    'violation events': attempts.events,
  });
});
