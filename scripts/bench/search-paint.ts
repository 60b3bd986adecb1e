/**
 * Keystroke to results painted in the library search, in the page: each character is a real
 * key press; the time runs from the keystroke (its keydown's `timeStamp`, when the browser
 * took the key) to the frame after both the company results list and the framework's show the
 * hits of the text typed so far (their `data-query`; builds before 2026-11-30 marked only the
 * company list, so they were timed to it alone). The frames are watched from the keydown itself
 * (until 2026-11-30 the watch started once Playwright's key press had returned, a round trip
 * after the keyup, so a keystroke painted in its first frame was still timed to the next frame
 * after that). Until 2026-11-30 evening the time ran from when the page's keydown listener ran,
 * so a keystroke that waited behind a long task (an index built in one idle task) was not
 * charged for the wait; and a keystroke never painted was left out silently.
 */
import type { Browser, Page } from '@playwright/test';

/** One keystroke: ms from it to both lists painted, and in which frame after it (1: the first). */
export interface KeystrokeTime {
  /** NaN when the hits were not painted within 5 s. */
  ms: number;
  frame: number;
}

// Sent as text: tsx names inner functions with a helper (`__name`) the page does not have.
// The keydown listener (added once) watches every frame from the keydown until both lists
// show the typed text, and settles the promise ARM made for that keystroke.
const ARM = `(() => {
  const box = document.activeElement;
  if (!(box instanceof HTMLInputElement)) throw new Error('the library search box has no focus');
  window.__painted = new Promise((resolve) => { window.__settlePainted = resolve; });
  if (!window.__keyListener) {
    window.__keyListener = true;
    box.addEventListener('keydown', (event) => {
      const keyAt = event.timeStamp;
      const settle = window.__settlePainted;
      const give = keyAt + 5000;
      let frame = 0;
      function check() {
        frame += 1;
        const list = document.querySelector('ul[aria-label="Company processes found"]');
        const framework = document.querySelector('ul[aria-label="Search results"]');
        const frameworkShown = framework && (!framework.hasAttribute('data-query') || framework.getAttribute('data-query') === box.value);
        const shown = list && list.getAttribute('data-query') === box.value && frameworkShown;
        if (shown) {
          setTimeout(() => settle({ ms: performance.now() - keyAt, frame }), 0);
          return;
        }
        if (performance.now() > give) { settle({ ms: Number.NaN, frame }); return; }
        requestAnimationFrame(check);
      }
      requestAnimationFrame(check);
    }, true);
  }
})()`;

const WAIT = `window.__painted`;

/**
 * Types `text` into the library search key by key: per keystroke, ms from it to its hits
 * painted and the frame they were painted in (a keystroke never painted: NaN ms).
 */
export async function typeAndTime(page: Page, text: string): Promise<KeystrokeTime[]> {
  const box = page.getByLabel('Search processes');
  // The first letters are typed untimed: one or two letters may find no company process,
  // and an empty list cannot say which text it is for.
  await box.fill(text.slice(0, 2));
  await box.focus();
  const times: KeystrokeTime[] = [];
  for (const char of text.slice(2)) {
    await page.evaluate(ARM);
    await page.keyboard.press(char === ' ' ? 'Space' : char);
    times.push(await page.evaluate<KeystrokeTime>(WAIT));
  }
  return times;
}

/**
 * The same measure on a page that does nothing but mark both lists with the text typed, in
 * the same browser: the floor Chromium's frame clock sets (a keystroke waits up to a frame for
 * the next one to begin, whatever the page does), to read the library's figures against.
 */
export async function floorTimes(browser: Browser, texts: readonly string[]): Promise<number[]> {
  const context = await browser.newContext({ viewport: { width: 1400, height: 900 } });
  try {
    const page = await context.newPage();
    await page.setContent(
      '<input aria-label="Search processes"><ul aria-label="Company processes found"></ul>' +
        '<ul aria-label="Search results"></ul>',
    );
    await page.evaluate(`document.querySelector('input').addEventListener('input', (event) => {
      for (const list of document.querySelectorAll('ul')) list.setAttribute('data-query', event.target.value);
    })`);
    const times: number[] = [];
    for (const text of texts) times.push(...(await typeAndTime(page, text)).map((t) => t.ms));
    return times;
  } finally {
    await context.close();
  }
}
