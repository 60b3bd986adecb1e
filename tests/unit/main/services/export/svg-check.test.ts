import { describe, expect, it } from 'vitest';
import { HostFailure } from '../../../../../shared/ipc/errors';
import { renderFrameworkMapSvg } from '../../../../../shared/render/framework-map-svg';
import { checkSvg } from '../../../../../main/services/export/svg-check';

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
  throw new Error('accepted');
}

describe('checkSvg', () => {
  it('accepts the framework maps and gives their size', () => {
    const size = checkSvg(renderFrameworkMapSvg('classic-r14'), '/tmp/map.svg');
    expect(size!.width).toBeGreaterThan(1000);
    expect(size!.height).toBeGreaterThan(1000);
    expect(checkSvg(`<svg ${NS} viewBox="0 0 30 40"/>`, '/tmp/a.svg')).toEqual({
      width: 30,
      height: 40,
    });
  });

  it('refuses active or foreign content, naming what it found', () => {
    expect(refusal(`<svg ${NS}><script>alert(1)</script></svg>`)).toMatch(/<script>/);
    expect(refusal(`<svg ${NS}><SCRIPT>alert(1)</SCRIPT></svg>`)).toMatch(/<script>/);
    expect(refusal(`<svg ${NS}><foreignObject><div/></foreignObject></svg>`)).toMatch(
      /foreignobject/,
    );
    expect(refusal(`<svg ${NS} onload="alert(1)"/>`)).toMatch(/event attribute "onload"/);
    expect(refusal(`<svg ${NS}><rect ONCLICK="x"/></svg>`)).toMatch(/event attribute/);
    expect(
      refusal(
        `<svg ${NS} xmlns:xlink="http://www.w3.org/1999/xlink"><a xlink:href=" java&#9;script:alert(1)"/></svg>`,
      ),
    ).toMatch(/script or HTML URL/);
    expect(refusal(`<svg ${NS}><image href="data:text/html,&lt;b&gt;"/></svg>`)).toMatch(
      /script or HTML URL/,
    );
    expect(refusal(`<svg ${NS}><rect style="fill:url(javascript:x)"/></svg>`)).toMatch(/URL/);
  });

  it('refuses what is not a well-formed SVG document', () => {
    expect(refusal('<svg')).toMatch(/not well-formed/);
    expect(refusal(`<svg ${NS}><text>a & b</text></svg>`)).toMatch(/not well-formed/);
    expect(refusal('<svg/>')).toMatch(/SVG namespace/);
    expect(refusal(`<html ${NS}/>`)).toMatch(/<svg> root/);
    expect(refusal(`<!DOCTYPE svg [<!ENTITY a "b">]><svg ${NS}>&a;</svg>`)).toMatch(
      /DOCTYPE|well-formed/,
    );
    expect(refusal(`<?xml-stylesheet href="x.css"?><svg ${NS}/>`)).toMatch(/processing/);
  });

  it('lets label attributes hold any text: only URL attributes are checked for schemes', () => {
    expect(() =>
      checkSvg(`<svg ${NS} aria-label="javascript:alert(1)"><title>onload</title></svg>`, '/x'),
    ).not.toThrow();
  });
});
