import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { el, renderSvgDocument } from '../../../../shared/render/svg-builder';
import { stripInvalidXmlChars } from '../../../../shared/render/xml-text';
import { XSS_PAYLOADS } from '../../../fixtures/xss-payloads';
import { reportFigures } from '../../../support/scorecard';
import { auditSvg } from './svg-audit';

const document = (text: string) =>
  renderSvgDocument(
    el(
      'svg',
      { width: 100, height: 20, role: 'img' },
      el('title', {}, text),
      el('text', { x: 1, y: 10 }, text),
    ),
  );

describe('svg builder', () => {
  it('draws every hostile payload as text: parses, 0 scripts, 0 on* attributes, round-trips', () => {
    expect(XSS_PAYLOADS.length).toBeGreaterThanOrEqual(50);
    let active = 0;
    let roundTrips = 0;
    for (const payload of XSS_PAYLOADS) {
      const audit = auditSvg(document(payload));
      active += audit.scripts + audit.foreignObjects + audit.eventAttributes + audit.activeUrls;
      const expected = stripInvalidXmlChars(payload);
      expect(audit.texts('text')).toEqual([expected]);
      expect(audit.texts('title')).toEqual([expected]);
      roundTrips += 1;
    }
    expect(active).toBe(0);
    reportFigures('E.21', 'hostile labels through the SVG builder (text and title)', {
      payloads: XSS_PAYLOADS.length,
      'active constructs': active,
      'parse errors': 0,
      'labels round-tripped': roundTrips,
    });
  });

  it('round-trips any string (tabs, CR, astral characters) minus what XML cannot hold', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary', maxLength: 60 }), (text) => {
        const audit = auditSvg(document(text));
        expect(audit.texts('text')).toEqual([stripInvalidXmlChars(text)]);
        expect(audit.texts('title')).toEqual([stripInvalidXmlChars(text)]);
      }),
      { numRuns: 500 },
    );
  });

  it('strips NUL, other C0 controls, lone surrogates and U+FFFF; keeps tab and newline', () => {
    expect(stripInvalidXmlChars('a\u0000b\u0001\u001f\tc\nd\uD800e\uFFFFf\u{1F600}')).toBe(
      'ab\tc\nde' + 'f\u{1F600}',
    );
  });

  it('refuses attributes outside the vocabulary and values outside their grammar (bugs in our code)', () => {
    // The types already refuse these; the casts stand for code that got around them.
    const rect = (attributes: Record<string, string | number>) =>
      renderSvgDocument(el('svg', {}, el('rect', attributes as never)));
    expect(() => rect({ onload: 'x' })).toThrow(/"onload" is not allowed on <rect>/);
    expect(() => rect({ href: 'javascript:alert(1)' })).toThrow(/"href" is not allowed/);
    expect(() => rect({ style: 'fill:red' })).toThrow(/"style" is not allowed/);
    expect(() => rect({ fill: 'url(http://evil.example/x)' })).toThrow(/is not a colour/);
    expect(() => rect({ x: Number.NaN })).toThrow(/x="NaN" on <rect> is not a number/);
    expect(() => renderSvgDocument(el('g'))).toThrow(/root must be <svg>/);
  });

  it('puts text only in text and title, and elements only elsewhere', () => {
    expect(() => renderSvgDocument(el('svg', {}, 'loose text'))).toThrow(/<svg> holds no text/);
    expect(() => renderSvgDocument(el('svg', {}, el('title', {}, el('g'))))).toThrow(
      /<title> holds text only/,
    );
  });

  it('writes numbers with two decimals at most, skips undefined values and empty children', () => {
    const svg = renderSvgDocument(
      el('svg', { width: 10.123456, height: undefined }, null, false, el('rect')),
    );
    expect(svg).toContain('width="10.12"');
    expect(svg).not.toContain('height=');
    expect(svg).toContain('<rect/>');
    expect(svg.startsWith('<?xml version="1.0" encoding="UTF-8"?>\n<svg xmlns=')).toBe(true);
  });
});
