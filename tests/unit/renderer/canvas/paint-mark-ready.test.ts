import { describe, expect, it } from 'vitest';
import {
  visibleNodeCount,
  watchPaint,
  type PaintClock,
} from '../../../../renderer/canvas/usePaintMarkReady';

const node = (x: number, y: number, hidden = false) => ({
  position: { x, y },
  width: 100,
  height: 50,
  hidden,
});

describe('visibleNodeCount', () => {
  it('counts the nodes that overlap the pane at its transform, not the hidden ones', () => {
    // A 1000 x 500 pane translated by (300, 20) at zoom 0.5 shows flow x -600..1400, y -40..960.
    const pane = { width: 1000, height: 500, transform: [300, 20, 0.5] as const };
    const nodes = [
      node(0, 0),
      node(1350, 900), // partly in view
      node(1400, 0), // just right of the view
      node(-700, 0), // just left of it
      node(0, 0, true),
    ];
    expect(visibleNodeCount(nodes, pane)).toBe(2);
  });

  it('prefers the measured size to the given one', () => {
    const pane = { width: 100, height: 100, transform: [0, 0, 1] as const };
    const grown = { position: { x: -150, y: 0 }, width: 100, height: 50, measured: { width: 200 } };
    expect(visibleNodeCount([grown], pane)).toBe(1);
  });
});

/** A page's event loop by hand: frames and tasks queued, run one at a time, in the log. */
function handClock() {
  const frames: Array<(() => void) | null> = [];
  const tasks: Array<(() => void) | null> = [];
  const log: string[] = [];
  const queue = (list: Array<(() => void) | null>, work: () => void) => {
    const at = list.push(work) - 1;
    return () => {
      list[at] = null;
    };
  };
  const clock: PaintClock = {
    frame: (work) => queue(frames, work),
    task: (work) => queue(tasks, work),
  };
  const run = (list: Array<(() => void) | null>, name: string) => {
    const work = list.shift();
    log.push(name);
    work?.();
  };
  return { clock, log, frame: () => run(frames, 'frame'), task: () => run(tasks, 'task') };
}

describe('watchPaint', () => {
  it('calls back in the task right after the frame that paints the nodes, not a frame later', () => {
    const page = handClock();
    let drawn = false;
    const painted: string[] = [];
    watchPaint(
      () => drawn,
      () => painted.push(page.log.join(' ')),
      page.clock,
    );
    page.frame(); // nothing drawn yet: checks again next frame
    drawn = true;
    page.frame(); // this frame paints the nodes
    page.task(); // the urgent task it posted
    expect(painted).toEqual(['frame frame task']);
    page.frame();
    page.task();
    expect(painted).toHaveLength(1);
  });

  it('stops when cancelled, before or after the nodes are drawn', () => {
    for (const drawnAtFirst of [false, true]) {
      const page = handClock();
      let calls = 0;
      const stop = watchPaint(
        () => drawnAtFirst,
        () => (calls += 1),
        page.clock,
      );
      page.frame();
      stop();
      page.frame();
      page.task();
      expect(calls).toBe(0);
    }
  });
});
