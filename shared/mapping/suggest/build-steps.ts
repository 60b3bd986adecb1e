/**
 * A build that can pause: a generator that yields wherever it may stop for a while (between
 * batches of documents) and returns what it built. The page's thread drives it a few
 * milliseconds at a time while idle, so that building an index never freezes the window;
 * everything else runs it to its end at once with `finish`.
 */
export type BuildSteps<T> = Generator<void, T, void>;

/** Runs `steps` to its end and returns its result. */
export function finish<T>(steps: BuildSteps<T>): T {
  for (;;) {
    const step = steps.next();
    if (step.done === true) return step.value;
  }
}

/** How many documents a build handles between two pauses. */
export const DOCUMENTS_PER_STEP = 64;
