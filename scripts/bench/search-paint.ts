/**
 * Keystroke to results painted in the library search, in the page: each character is a real
 * key press; the time runs from its keydown to the frame after both the company results list
 * and the framework's show the hits of the text typed so far (their `data-query`; builds before
 * 2026-11-30 marked only the company list, so they were timed to it alone). The frames are
 * watched from the keydown itself (until 2026-11-30 the watch started once Playwright's key
 * press had returned, a round trip after the keyup, so a keystroke painted in its first frame
 * was still timed to the next frame after that). A keystroke whose
 * text finds no company process within 5 s counts as NaN (left out).
 */
import type { Page } from '@playwright/test';

// Sent as text: tsx names inner functions with a helper (`__name`) the page does not have.
// The keydown listener (added once) watches every frame from the keydown until both lists
// show the typed text, and settles the promise ARM made for that keystroke.
const ARM = `(() => {
  const box = document.activeElement;
  if (!(box instanceof HTMLInputElement)) throw new Error('the library search box has no focus');
  window.__painted = new Promise((resolve) => { window.__settlePainted = resolve; });
  if (!window.__keyListener) {
    window.__keyListener = true;
    box.addEventListener('keydown', () => {
      const keyAt = performance.now();
      const settle = window.__settlePainted;
      const give = keyAt + 5000;
      function check() {
        const list = document.querySelector('ul[aria-label="Company processes found"]');
        const framework = document.querySelector('ul[aria-label="Search results"]');
        const frameworkShown = framework && (!framework.hasAttribute('data-query') || framework.getAttribute('data-query') === box.value);
        const shown = list && list.getAttribute('data-query') === box.value && frameworkShown;
        if (shown) {
          setTimeout(() => settle(performance.now() - keyAt), 0);
          return;
        }
        if (performance.now() > give) { settle(Number.NaN); return; }
        requestAnimationFrame(check);
      }
      requestAnimationFrame(check);
    }, true);
  }
})()`;

const WAIT = `window.__painted`;

/** Types `text` into the library search key by key; ms from each keydown to its hits painted. */
export async function typeAndTime(page: Page, text: string): Promise<number[]> {
  const box = page.getByLabel('Search processes');
  // The first letters are typed untimed: one or two letters may find no company process,
  // and an empty list cannot say which text it is for.
  await box.fill(text.slice(0, 2));
  await box.focus();
  const times: number[] = [];
  for (const char of text.slice(2)) {
    await page.evaluate(ARM);
    await page.keyboard.press(char === ' ' ? 'Space' : char);
    times.push(await page.evaluate<number>(WAIT));
  }
  return times.filter((ms) => !Number.isNaN(ms));
}
