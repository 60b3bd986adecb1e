import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { HostFailure } from '../../../../../shared/ipc/errors';
import { renderFrameworkMapSvg } from '../../../../../shared/render/framework-map-svg';
import { el, renderSvgDocument } from '../../../../../shared/render/svg-builder';
import { checkSvg } from '../../../../../main/services/export/svg-check';
import { HOSTILE_SVGS } from '../../../../fixtures/hostile-svgs';
import { XSS_PAYLOADS } from '../../../../fixtures/xss-payloads';
import { reportFigures } from '../../../../support/scorecard';

const NS = 'xmlns="http://www.w3.org/2000/svg"';

function refusal(svg: string): string {
  try {
    checkSvg(svg, '/tmp/x.svg');
  } catch (error) {
    expect(error).toBeInstanceOf(HostFailure);
    const { code, message, file } = (error as HostFailure).error;
    expect(code).toBe('INVALID_ARGUMENT');
    expect(file).toBe('/tmp/x.svg');
    return message;
  }
  throw new Error(`accepted: ${svg}`);
}

describe('checkSvg', () => {
  it('accepts the framework maps of both schemes and gives their size', () => {
    for (const scheme of ['gb921-v25.5', 'classic-r14']) {
      const size = checkSvg(renderFrameworkMapSvg(scheme), '/tmp/map.svg');
      expect(size!.width).toBeGreaterThan(1000);
      expect(size!.height).toBeGreaterThan(1000);
    }
    expect(checkSvg(`<svg ${NS} viewBox="0 0 30 40"/>`, '/tmp/a.svg')).toEqual({
      width: 30,
      height: 40,
    });
  });

  it('accepts whatever text the builder draws: hostile labels and any string', () => {
    const drawn = (text: string) =>
      renderSvgDocument(
        el(
          'svg',
          { width: 100, height: 20, role: 'img' },
          el('title', {}, text),
          el('g', {}, el('text', { x: 1, y: 10, fill: 'rgba(255,255,255,0.85)' }, text)),
        ),
      );
    for (const payload of XSS_PAYLOADS) expect(checkSvg(drawn(payload), '/x.svg')).not.toBeNull();
    fc.assert(
      fc.property(fc.string({ unit: 'binary', maxLength: 80 }), (text) => {
        expect(checkSvg(drawn(text), '/x.svg')).toEqual({ width: 100, height: 20 });
      }),
      { numRuns: 1000 },
    );
  });

  it('refuses every hostile construct, naming what it found (I.40)', () => {
    let accepted = 0;
    for (const hostile of HOSTILE_SVGS) {
      let message: string;
      try {
        message = refusal(hostile.svg);
      } catch {
        accepted += 1;
        continue;
      }
      expect(message, hostile.name).toMatch(hostile.names);
    }
    reportFigures('I.40', 'hostile SVG constructs through the export check', {
      constructs: HOSTILE_SVGS.length,
      accepted,
    });
    expect(accepted).toBe(0);
  });

  it('refuses values outside each attribute’s grammar, and attributes an element does not take', () => {
    expect(refusal(`<svg ${NS}><rect fill="red"/></svg>`)).toMatch(/fill="red" on <rect>/);
    expect(refusal(`<svg ${NS}><rect x="1px"/></svg>`)).toMatch(
      /x="1px" on <rect> is not a number/,
    );
    expect(refusal(`<svg ${NS}><rect width="NaN"/></svg>`)).toMatch(/not a number/);
    expect(refusal(`<svg ${NS} viewBox="0 0 1"/>`)).toMatch(/viewBox/);
    expect(refusal(`<svg ${NS}><g fill="#fff"/></svg>`)).toMatch(
      /"fill" is not allowed on <g> \(only transform\)/,
    );
    // Diagrams: translate, scale and a quarter turn; absolute path commands; no url() anywhere.
    expect(refusal(`<svg ${NS}><g transform="rotate(45)"/></svg>`)).toMatch(/transform=/);
    expect(refusal(`<svg ${NS}><g transform="matrix(1 0 0 1 0 0)"/></svg>`)).toMatch(/transform/);
    expect(refusal(`<svg ${NS}><path d="m 1 2 l 3 4"/></svg>`)).toMatch(/d="m 1 2 l 3 4"/);
    expect(refusal(`<svg ${NS}><path d="M 1 2 A 1 1 0 0 1 3 4"/></svg>`)).toMatch(/path data/);
    expect(refusal(`<svg ${NS}><path d="M 0 0" stroke="url(#a)"/></svg>`)).toMatch(/stroke=/);
    expect(refusal(`<svg ${NS}><rect stroke-dasharray="url(#a)"/></svg>`)).toMatch(/dash/);
    expect(refusal(`<svg ${NS}><polygon points="1"/></svg>`)).toMatch(/points="1"/);
    expect(() =>
      checkSvg(
        `<svg ${NS}><g transform="translate(1 -2.5) scale(2) rotate(-90)"><path d="M 0 0 L 1 1 Q 2 2 3 3 C 1 2 3 4 5 6 H 1 V 2 Z" stroke-dasharray="6 4"/><polygon points="-5,-4 0,0 -5,4"/></g></svg>`,
        '/x.svg',
      ),
    ).not.toThrow();
    // A long run of digits that fails at its end is refused at once (no backtracking blow-up).
    const started = performance.now();
    expect(refusal(`<svg ${NS}><path d="M ${'1'.repeat(50_000)}x"/></svg>`)).toMatch(/path data/);
    expect(performance.now() - started).toBeLessThan(5_000);
    expect(refusal(`<svg ${NS}><text x="1" text-anchor="left">a</text></svg>`)).toMatch(
      /text-anchor/,
    );
    expect(refusal(`<svg ${NS} role="button"/>`)).toMatch(/role="button"/);
    expect(refusal(`<svg ${NS}><rect id="a"/></svg>`)).toMatch(/"id" is not allowed/);
  });

  it('refuses text outside text and title, and elements inside them', () => {
    expect(refusal(`<svg ${NS}>loose</svg>`)).toMatch(/text directly inside <svg>/);
    expect(refusal(`<svg ${NS}><g>x</g></svg>`)).toMatch(/text directly inside <g>/);
    expect(refusal(`<svg ${NS}><title><g/></title></svg>`)).toMatch(/<g> inside <title>/);
    expect(() => checkSvg(`<svg ${NS}>\n  <g>\n  </g>\n</svg>\n`, '/x.svg')).not.toThrow();
  });

  it('refuses what is not a well-formed SVG document', () => {
    expect(refusal('<svg')).toMatch(/not well-formed/);
    expect(refusal(`<svg ${NS}><text>a & b</text></svg>`)).toMatch(/not well-formed/);
    expect(refusal('<svg/>')).toMatch(/SVG namespace/);
    expect(refusal(`<html ${NS}/>`)).toMatch(/<svg> root/);
    expect(refusal(`<svg ${NS}/><?pi x?>`)).toMatch(
      /processing instruction <\?pi\?> \(line 1, column \d+\)/,
    );
  });

  it('walks a deeply nested file without overflowing the stack', () => {
    const depth = 50_000;
    const svg = `<svg ${NS}>${'<g>'.repeat(depth)}<rect fill="red"/>${'</g>'.repeat(depth)}</svg>`;
    expect(refusal(svg)).toMatch(/fill="red"/);
  });
});
