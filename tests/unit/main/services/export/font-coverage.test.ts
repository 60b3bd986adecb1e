import { describe, expect, it } from 'vitest';
import { exportFontFiles } from '../../../../../main/services/export/export-font';
import { fontCodePoints } from '../../../../../main/services/export/font-coverage';

describe('fontCodePoints', () => {
  const regular = exportFontFiles().regular;

  it('reads the characters the export font draws from its cmap', () => {
    const points = fontCodePoints(regular);
    for (const char of 'Az09 éßŁ€…–“”ΩЖ') expect(points.has(char.codePointAt(0)!)).toBe(true);
    // Noto Sans has no arrows, check marks or CJK: those fall back to the system's fonts.
    for (const char of '→✓漢') expect(points.has(char.codePointAt(0)!)).toBe(false);
    expect(points.size).toBeGreaterThan(3000);
  });

  it('reads a file once per process', () => {
    expect(fontCodePoints(regular)).toBe(fontCodePoints(regular));
  });

  it('names the file when it is not a font', () => {
    expect(() => fontCodePoints(__filename)).toThrow(/font-coverage\.test\.ts/);
  });
});
