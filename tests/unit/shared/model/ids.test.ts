import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  SLUG_PATTERN,
  isWindowsReservedName,
  slugify,
  uniqueSlug,
} from '../../../../shared/model/ids';
import { reportFigures } from '../../../support/scorecard';

const DEVICES = [
  'con',
  'prn',
  'aux',
  'nul',
  ...[1, 2, 3, 4, 5, 6, 7, 8, 9].flatMap((n) => [`com${n}`, `lpt${n}`]),
];

/** A device name as a user or a file could spell it: any case, an extension, dots and spaces. */
const reservedSpelling = fc
  .record({
    device: fc.constantFrom(...DEVICES),
    upper: fc.array(fc.boolean(), { minLength: 4, maxLength: 4 }),
    extension: fc.constantFrom('', '.json', '.txt', '.tar.gz', '.'),
    trailing: fc.constantFrom('', '.', ' ', '. .', '  '),
  })
  .map(({ device, upper, extension, trailing }) => {
    const cased = [...device].map((c, i) => (upper[i] ? c.toUpperCase() : c)).join('');
    return `${cased}${trailing}${extension}`;
  });

describe('isWindowsReservedName', () => {
  it('knows every device name, in any case, with extensions, trailing dots and spaces', () => {
    for (const device of DEVICES) {
      for (const name of [
        device,
        device.toUpperCase(),
        `${device}.json`,
        `${device}.`,
        `${device} `,
      ]) {
        expect(isWindowsReservedName(name), name).toBe(true);
      }
    }
    expect(isWindowsReservedName('lpt1 .txt')).toBe(true);
    expect(isWindowsReservedName('COM\u00b9')).toBe(true);
    fc.assert(
      fc.property(reservedSpelling, (name) => isWindowsReservedName(name)),
      { numRuns: 2000 },
    );
  });

  it('leaves ordinary names alone, including names that only start like a device', () => {
    for (const name of [
      'console',
      'con-1',
      'nul-diagram',
      'com0',
      'com10',
      'lpt',
      'auxiliary',
      'a.con',
      'order-to-cash',
    ]) {
      expect(isWindowsReservedName(name), name).toBe(false);
    }
  });
});

describe('slugify', () => {
  it('never produces a reserved name, whatever the name (property, I.41)', () => {
    const runs = 5000;
    let reserved = 0;
    fc.assert(
      fc.property(fc.oneof(reservedSpelling, fc.string({ maxLength: 80 })), (name) => {
        const slug = slugify(name);
        expect(SLUG_PATTERN.test(slug), slug).toBe(true);
        if (isWindowsReservedName(`${slug}.json`)) reserved += 1;
      }),
      { numRuns: runs },
    );
    reportFigures('I.41', 'Windows reserved names from the slug function', {
      'names tried': runs,
      'reserved file names produced': reserved,
    });
    expect(reserved).toBe(0);
  });

  it('turns a device name into a usable slug, and unique slugs stay usable', () => {
    expect(slugify('CON')).toBe('con-diagram');
    expect(slugify('Nul.')).toBe('nul-diagram');
    expect(slugify('com1 ')).toBe('com1-diagram');
    expect(slugify('Order to Cash')).toBe('order-to-cash');
    expect(uniqueSlug('aux', new Set(['aux-diagram']))).toBe('aux-diagram-2');
  });
});
