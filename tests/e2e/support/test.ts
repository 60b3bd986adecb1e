import { expect, test as base, type BrowserContext } from '@playwright/test';
import { reportFigures } from '../../support/scorecard';

// The `test` the browser specs import (with everything else of @playwright/test): Playwright's,
// plus a watch for Content Security Policy violations in every page a spec opens, through the
// `page` fixture or `browser.newContext()` / `browser.newPage()`. A violation fails the test
// that was running; RELIABILITY.md F.27 asks for none across the whole suite, which proves the
// app and its libraries need neither inline script nor eval. Pages of a browser a spec launches
// itself (recovery.spec.ts B.8) and Electron's windows (electron.spec.ts) are not watched here.
export * from '@playwright/test';

/** A `securitypolicyviolation` event, as the page saw it. */
export interface CspViolation {
  page: string;
  directive: string;
  blocked: string;
  sample: string;
}

/** The violations of the running test, for a spec that provokes them on purpose. */
export interface CspWatch {
  /** The violations seen since the test began (or since the last take), which are then claimed. */
  take(): CspViolation[];
}

interface Tally {
  pages: number;
  claimed: number;
  /** Seen and not claimed yet: the test running when they happened fails. */
  pending: CspViolation[];
  watched: WeakSet<BrowserContext>;
}

/** The function each watched page calls on a violation (a Playwright binding, not page script). */
const BINDING = '__etomCspViolation';

async function watch(context: BrowserContext, tally: Tally): Promise<void> {
  if (tally.watched.has(context)) return;
  tally.watched.add(context);
  context.on('page', () => {
    tally.pages += 1;
  });
  await context.exposeBinding(BINDING, (_source, violation: CspViolation) => {
    tally.pending.push(violation);
  });
  // Runs in every frame before the page's own scripts. Capturing on window sees violations
  // fired at an element as well as at the document.
  await context.addInitScript((binding) => {
    const report = (window as unknown as Record<string, (v: CspViolation) => void>)[binding];
    window.addEventListener(
      'securitypolicyviolation',
      (event) =>
        report?.({
          page: location.href,
          directive: event.effectiveDirective,
          blocked: event.blockedURI,
          sample: event.sample,
        }),
      true,
    );
  }, BINDING);
}

function listed(violations: ReadonlyArray<CspViolation>): string {
  return violations
    .map((v) => `${v.directive} blocked ${v.blocked || '(inline)'} on ${v.page} ${v.sample}`)
    .join('\n');
}

export const test = base.extend<{ cspViolations: CspWatch }, { cspTally: Tally }>({
  cspTally: [
    async ({ browser }, use) => {
      const tally: Tally = { pages: 0, claimed: 0, pending: [], watched: new WeakSet() };
      // Every context of this worker's browser comes from newContext: Playwright's own `context`
      // fixture calls it, and so does browser.newPage().
      const newContext = browser.newContext.bind(browser);
      browser.newContext = async (options) => {
        const context = await newContext(options);
        await watch(context, tally);
        return context;
      };
      await use(tally);
      browser.newContext = newContext;
      reportFigures('F.27', 'CSP violations in the browser pages of the e2e specs', {
        pages: tally.pages,
        'violations provoked on purpose (csp.spec.ts)': tally.claimed,
        'other violations': tally.pending.length,
      });
      expect(tally.pending, listed(tally.pending)).toEqual([]);
    },
    { scope: 'worker', auto: true },
  ],
  cspViolations: [
    async ({ cspTally }, use) => {
      await use({
        take() {
          const taken = cspTally.pending.splice(0);
          cspTally.claimed += taken.length;
          return taken;
        },
      });
      const unexpected = cspTally.pending.splice(0);
      expect(unexpected, `CSP violations (F.27):\n${listed(unexpected)}`).toEqual([]);
    },
    { auto: true },
  ],
});
