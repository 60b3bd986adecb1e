import { describe, expect, it } from 'vitest';
import { boundsToRestore, stateToSave } from '../../../../main/electron/window-state';
import { windowStateSchema } from '../../../../shared/model/settings-schema';

const screen = { x: 0, y: 0, width: 1920, height: 1080 };

describe('boundsToRestore', () => {
  it('reuses a saved position that is on a screen', () => {
    expect(
      boundsToRestore({ x: 100, y: 50, width: 1200, height: 800, maximized: false }, [screen]),
    ).toEqual({
      x: 100,
      y: 50,
      width: 1200,
      height: 800,
    });
  });

  it('keeps only the size when the saved screen is gone or nothing was saved', () => {
    const offscreen = { x: 3000, y: 50, width: 1200, height: 800, maximized: false };
    expect(boundsToRestore(offscreen, [screen])).toEqual({ width: 1200, height: 800 });
    expect(boundsToRestore({ ...offscreen, y: -500 }, [screen])).toEqual({
      width: 1200,
      height: 800,
    });
    expect(boundsToRestore({ width: 1400, height: 900, maximized: true }, [screen])).toEqual({
      width: 1400,
      height: 900,
    });
    expect(
      boundsToRestore(offscreen, [screen, { x: 1920, y: 0, width: 2560, height: 1440 }]),
    ).toMatchObject({
      x: 3000,
    });
  });
});

describe('stateToSave', () => {
  it('always produces a state the settings schema accepts', () => {
    for (const rect of [
      { x: 10.4, y: 20.6, width: 1000.5, height: 700.2 },
      { x: -5, y: -5, width: 10, height: 10 },
      { x: 0, y: 0, width: 99_999, height: 99_999 },
    ]) {
      expect(windowStateSchema.safeParse(stateToSave(rect, true)).success).toBe(true);
    }
    expect(stateToSave({ x: 1, y: 2, width: 10, height: 10 }, false)).toEqual({
      x: 1,
      y: 2,
      width: 400,
      height: 300,
      maximized: false,
    });
  });
});
