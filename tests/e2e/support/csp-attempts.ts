import type { Page } from '@playwright/test';

/** The violations (effective directive, blocked URI) the attempts of attemptScripts raise. */
export const BLOCKED_KINDS: ReadonlyArray<string> = [
  'script-src eval',
  'script-src-attr inline',
  'script-src-elem https://evil.example/x.js',
  'script-src-elem inline',
].sort();

/** What attemptScripts saw. */
export interface ScriptAttempts {
  /** Attempts that ran (none may). */
  ran: string[];
  /** The distinct violations, as in BLOCKED_KINDS. */
  kinds: string[];
  /** Violation events in all: one per attempt and policy (a header and a meta make two). */
  events: number;
}

/**
 * RELIABILITY.md F.27: from the page's own world, as injected markup or a library would, adds an
 * inline script, an inline event handler and a script from another site, and calls eval and
 * new Function; then waits (up to 5 s) for the securitypolicyviolation events they raise.
 * The evals run from a timer: code Playwright evaluates itself is exempt from the eval check.
 */
export function attemptScripts(page: Page): Promise<ScriptAttempts> {
  return page.evaluate(
    (expected) =>
      new Promise<ScriptAttempts>((resolve) => {
        const w = window as unknown as Record<string, unknown>;
        const events: string[] = [];
        const listen = (event: SecurityPolicyViolationEvent): void => {
          events.push(`${event.effectiveDirective} ${event.blockedURI}`);
        };
        window.addEventListener('securitypolicyviolation', listen, true);
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
        const ran: string[] = [];
        const attempt = (name: string, run: () => unknown): void => {
          try {
            run();
            ran.push(name);
          } catch {
            // refused: what the policy is for
          }
        };
        setTimeout(() => {
          // eslint-disable-next-line no-eval -- the point: the CSP must refuse eval
          attempt('eval', () => eval('1 + 1'));
          // eslint-disable-next-line @typescript-eslint/no-implied-eval, no-new-func -- as above
          attempt('new Function', () => new Function('return 1'));
          const until = Date.now() + 5_000;
          const check = (): void => {
            const kinds = [...new Set(events)].sort();
            if (Date.now() < until && !expected.every((kind) => kinds.includes(kind))) {
              setTimeout(check, 50);
              return;
            }
            window.removeEventListener('securitypolicyviolation', listen, true);
            if (w.__inlineRan === true) ran.push('inline script');
            if (w.__handlerRan === true) ran.push('inline handler');
            resolve({ ran, kinds, events: events.length });
          };
          check();
        });
      }),
    [...BLOCKED_KINDS],
  );
}
