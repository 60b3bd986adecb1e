import { describe, expect, it } from 'vitest';
import {
  FRAME_PATH,
  holesPath,
  labelHole,
  routeBounds,
} from '../../../../../renderer/canvas/edges/edge-clip';

const route = routeBounds({ x: 100, y: 100 }, { x: 500, y: 100 });

describe('holesPath', () => {
  it('cuts a hole for each node the edge can pass', () => {
    expect(holesPath([{ x: 250, y: 60, width: 100, height: 80 }], route)).toBe(
      'M250,60H350V140H250Z',
    );
    expect(FRAME_PATH).toBe('M-1000000,-1000000H1000000V1000000H-1000000Z');
  });

  it('leaves out a box inside another (a label on a node), which evenodd would cancel', () => {
    const node = { x: 400, y: 60, width: 160, height: 60 };
    const label = { x: 440, y: 80, width: 80, height: 22 };
    expect(holesPath([node, label], route)).toBe('M400,60H560V120H400Z');
    expect(holesPath([label, node], route)).toBe('M400,60H560V120H400Z');
    expect(holesPath([node, { ...node }], route)).toBe('M400,60H560V120H400Z');
  });

  it('leaves out nodes far from the route and empty boxes', () => {
    const far = { x: 2000, y: 2000, width: 100, height: 80 };
    const empty = { x: 300, y: 100, width: 0, height: 0 };
    expect(holesPath([far, empty], route)).toBe('');
    expect(holesPath([], route)).toBe('');
  });
});

describe('routeBounds', () => {
  it('spans both ends with room for a detour either way', () => {
    expect(routeBounds({ x: 500, y: 300 }, { x: 100, y: 100 })).toEqual({
      x: 20,
      y: 20,
      width: 560,
      height: 360,
    });
  });
});

describe('labelHole', () => {
  it('is centred on the label point and grows with the text, up to the label’s width', () => {
    const short = labelHole('Yes', { x: 200, y: 100 });
    const long = labelHole('When the credit check by finance passes on the same day', {
      x: 200,
      y: 100,
    });
    expect(short.x + short.width / 2).toBeCloseTo(200);
    expect(short.y + short.height / 2).toBeCloseTo(100);
    expect(long.width).toBeGreaterThan(short.width);
    expect(long.width).toBeLessThanOrEqual(184);
    expect(long.height).toBeGreaterThan(short.height);
  });
});
