import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { el, renderSvgDocument } from '../../../../shared/render/svg-builder';
import { stripInvalidXmlChars } from '../../../../shared/render/xml-text';
import { XSS_PAYLOADS } from '../../../fixtures/xss-payloads';
import { auditSvg } from './svg-audit';

const document = (text: string) =>
  renderSvgDocument(
    el(
      'svg',
      { width: 100, height: 20, 'aria-label': text },
      el('title', {}, text),
      el('text', { x: 1, y: 10 }, text),
    ),
  );

describe('svg builder', () => {
  it('draws every hostile payload as text: parses, 0 scripts, 0 on* attributes, round-trips', () => {
    expect(XSS_PAYLOADS.length).toBeGreaterThanOrEqual(50);
    let active = 0;
    for (const payload of XSS_PAYLOADS) {
      const audit = auditSvg(document(payload));
      active += audit.scripts + audit.foreignObjects + audit.eventAttributes + audit.activeUrls;
      const expected = stripInvalidXmlChars(payload);
      expect(audit.texts('text')).toEqual([expected]);
      expect(audit.texts('title')).toEqual([expected]);
      expect(audit.doc.documentElement!.getAttribute('aria-label')).toBe(expected);
    }
    expect(active).toBe(0);
  });

  it('round-trips any string (tabs, CR, astral characters) minus what XML cannot hold', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary', maxLength: 60 }), (text) => {
        const audit = auditSvg(document(text));
        expect(audit.texts('text')).toEqual([stripInvalidXmlChars(text)]);
        expect(audit.doc.documentElement!.getAttribute('aria-label')).toBe(
          stripInvalidXmlChars(text),
        );
      }),
      { numRuns: 500 },
    );
  });

  it('strips NUL, other C0 controls, lone surrogates and U+FFFF; keeps tab and newline', () => {
    expect(stripInvalidXmlChars('a\u0000b\u0001\u001f\tc\nd\uD800e\uFFFFf\u{1F600}')).toBe(
      'ab\tc\nde' + 'f\u{1F600}',
    );
  });

  it('refuses event attributes, bad attribute names and script URLs (bugs in our code)', () => {
    const svg = (attributes: Record<string, string>) =>
      renderSvgDocument(el('svg', {}, el('rect', attributes)));
    expect(() => svg({ onload: 'x' })).toThrow(/event attribute/);
    expect(() => svg({ ONCLICK: 'x' })).toThrow(/event attribute/);
    expect(() => svg({ 'a b': 'x' })).toThrow(/bad attribute name/);
    expect(() => svg({ href: ' java\tscript:alert(1)' })).toThrow(/active URL/);
    expect(() => svg({ href: 'data:text/html,<script>' })).toThrow(/active URL/);
    expect(() => renderSvgDocument(el('g'))).toThrow(/root must be <svg>/);
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
