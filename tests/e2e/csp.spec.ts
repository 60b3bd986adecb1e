import { reportFigures } from '../support/scorecard';
import {
  CONTENT_SECURITY_POLICY,
  META_CONTENT_SECURITY_POLICY,
} from '../../main/services/app/security-headers';
import { startHost, type RunningHost } from './support/browser-host';
import { expect, test, type CspViolation } from './support/test';

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

  // Each attempt is made from the page's own world, as injected markup or a library would. The
  // evals run from a timer: code Playwright evaluates itself is exempt from the eval check.
  const outcome = await page.evaluate(
    () =>
      new Promise<Record<string, unknown>>((resolve) => {
        const w = window as unknown as Record<string, unknown>;
        const inline = document.createElement('script');
        inline.textContent = 'window.__inlineRan = true;';
        document.head.append(inline);
        const handler = document.createElement('img');
        handler.setAttribute('onerror', 'window.__handlerRan = true;');
        handler.src = 'data:,not-an-image';
        document.body.append(handler);
        const foreign = document.createElement('script');
        foreign.src = 'https://evil.example/x.js';
        document.head.append(foreign);
        const attempt = (run: () => unknown): string => {
          try {
            run();
            return 'ran';
          } catch (error) {
            return (error as Error).name;
          }
        };
        setTimeout(() =>
          resolve({
            // eslint-disable-next-line no-eval -- the point: the CSP must refuse eval
            eval: attempt(() => eval('1 + 1')),
            // eslint-disable-next-line @typescript-eslint/no-implied-eval, no-new-func -- as above
            newFunction: attempt(() => new Function('return 1')),
            inlineRan: w.__inlineRan === true,
          }),
        );
      }),
  );
  expect(outcome).toEqual({ eval: 'EvalError', newFunction: 'EvalError', inlineRan: false });

  // Two policies hold (the header and the meta), so each attempt raises one event per policy.
  const seen: CspViolation[] = [];
  const attempts = (): string[] => {
    seen.push(...cspViolations.take());
    return [...new Set(seen.map((v) => `${v.directive} ${v.blocked}`))].sort();
  };
  // The image's error event comes once its (bad) source has failed to decode.
  await expect
    .poll(attempts)
    .toEqual(
      [
        'script-src eval',
        'script-src-attr inline',
        'script-src-elem https://evil.example/x.js',
        'script-src-elem inline',
      ].sort(),
    );
  const handlerRan = await page.evaluate(
    () => (window as unknown as Record<string, unknown>).__handlerRan === true,
  );
  expect(handlerRan).toBe(false);
  const ran = [
    outcome.eval === 'ran',
    outcome.newFunction === 'ran',
    outcome.inlineRan === true,
    handlerRan,
  ].filter(Boolean).length;
  reportFigures('F.27', 'CSP of the browser host (header and meta) against injected script', {
    'header as expected': header === CONTENT_SECURITY_POLICY,
    'meta as expected': meta === META_CONTENT_SECURITY_POLICY,
    'injected scripts and evals run': ran,
    'blocked with an event': `${attempts().length} kinds, ${seen.length} events`,
  });
});
