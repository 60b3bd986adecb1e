import { describe, expect, it } from 'vitest';
import { createCatalogue } from '../../../../shared/etom/catalogue';
import { getMapLayout } from '../../../../shared/etom/map-layout';
import {
  CLASSIC_PACK_ID,
  DEFAULT_PACK_ID,
  GB921_ATTRIBUTION,
  getBuiltInCatalogue,
  getBuiltInPack,
} from '../../../../shared/etom/registry';
import { renderFrameworkMapSvg } from '../../../../shared/render/framework-map-svg';
import { MAP_BAND_COLOURS } from '../../../../shared/render/map-colours';
import { stripInvalidXmlChars } from '../../../../shared/render/xml-text';
import { XSS_PAYLOADS } from '../../../fixtures/xss-payloads';
import { reportFigures } from '../../../support/scorecard';
import { auditSvg } from './svg-audit';

interface Box {
  x: number;
  y: number;
  width: number;
  height: number;
  title: string;
}

/** The process boxes: each `<g>` with a `<title>` and a `<rect>`. */
function processBoxes(svg: string): Box[] {
  const { doc } = auditSvg(svg);
  const groups = doc.getElementsByTagName('g');
  const boxes: Box[] = [];
  for (let i = 0; i < groups.length; i += 1) {
    const group = groups.item(i)!;
    const title = group.getElementsByTagName('title').item(0);
    const rect = group.getElementsByTagName('rect').item(0);
    if (title?.parentNode !== group || rect?.parentNode !== group) continue;
    const n = (name: string) => Number(rect.getAttribute(name));
    boxes.push({
      x: n('x'),
      y: n('y'),
      width: n('width'),
      height: n('height'),
      title: title.textContent!,
    });
  }
  return boxes;
}

const overlap = (a: Box, b: Box) =>
  a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height;

for (const scheme of [DEFAULT_PACK_ID, CLASSIC_PACK_ID]) {
  describe(`framework map SVG of ${scheme}`, () => {
    const svg = renderFrameworkMapSvg(scheme);
    const audit = auditSvg(svg);
    const catalogue = getBuiltInCatalogue(scheme)!;
    const layout = getMapLayout(scheme)!;

    it('is a passive, well-formed SVG with the title and the attribution as text', () => {
      expect(audit.doc.documentElement!.localName).toBe('svg');
      expect(audit.scripts + audit.foreignObjects + audit.eventAttributes + audit.activeUrls).toBe(
        0,
      );
      const text = audit.texts('text').join(' ');
      expect(text).toContain(
        `Level 0 and level 1 map with its level 2 processes, ${catalogue.pack.label}`,
      );
      expect(text).toContain(GB921_ATTRIBUTION);
      if (scheme === CLASSIC_PACK_ID) expect(text).toContain('reconstructed');
    });

    it('draws every L2, every row and every Enterprise L1 with its id and name', () => {
      const titles = new Set(processBoxes(svg).map((b) => b.title));
      const expected = [
        ...layout.cells.map((c) => c.id),
        ...layout.rows.map((r) => r.processId),
        ...layout.enterprise.processIds,
      ];
      for (const id of expected) expect(titles).toContain(`${id} ${catalogue.byId(id)!.name}`);
      const texts = audit.texts('text');
      expect(texts).toContain(layout.cells[0]!.id);
      for (const column of layout.columns) {
        expect(texts.join(' ')).toContain(column.verticalGroup.split(' ')[0]!);
      }
    });

    it('places no two process boxes over each other', () => {
      const boxes = processBoxes(svg);
      // Enterprise L2s sit inside their L1's frame, not on it: compare like with like.
      for (let i = 0; i < boxes.length; i += 1) {
        for (let j = i + 1; j < boxes.length; j += 1) {
          if (overlap(boxes[i]!, boxes[j]!)) {
            throw new Error(`${boxes[i]!.title} overlaps ${boxes[j]!.title}`);
          }
        }
      }
    });

    it('paints the rows with the band colours', () => {
      expect(svg).toContain(`fill="${MAP_BAND_COLOURS[0]!.band}"`);
      expect(svg).toContain(`fill="${MAP_BAND_COLOURS[1]!.soft}"`);
    });
  });
}

describe('hostile names', () => {
  it('draws every name as text, with nothing active, when a pack names processes with payloads', () => {
    const pack = getBuiltInPack(DEFAULT_PACK_ID)!;
    const layout = getMapLayout(DEFAULT_PACK_ID)!;
    const hostileIds = layout.cells.slice(0, XSS_PAYLOADS.length).map((c) => c.id);
    const names = new Map(hostileIds.map((id, i) => [id as string, XSS_PAYLOADS[i]!]));
    const catalogue = createCatalogue({
      ...pack,
      processes: pack.processes.map((p) => ({ ...p, name: names.get(p.id) ?? p.name })),
    });
    const svg = renderFrameworkMapSvg(DEFAULT_PACK_ID, { catalogue });
    const audit = auditSvg(svg);
    const active = audit.scripts + audit.foreignObjects + audit.eventAttributes + audit.activeUrls;
    expect(active).toBe(0);
    const titles = new Set(processBoxes(svg).map((b) => b.title));
    for (const [id, name] of names) expect(titles).toContain(`${id} ${stripInvalidXmlChars(name)}`);
    reportFigures('E.21', 'hostile process names in the framework map SVG export', {
      payloads: names.size,
      'active constructs': active,
      'parse errors': 0,
      'names round-tripped': names.size,
    });
  });

  it('refuses a pack without a map', () => {
    expect(() => renderFrameworkMapSvg('no-such-pack')).toThrow(/No framework map/);
  });
});

describe('a key under the title', () => {
  it('draws each entry as a swatch and its label, above the grid, in the export vocabulary', () => {
    const legend = [
      { fill: '#fff4c2', label: '0% (gap)' },
      { fill: '#253494', label: '75-100%' },
      { fill: '#eef2f6', stroke: '#d9dfe7', label: '<b>not</b> in scope' },
    ];
    const plain = renderFrameworkMapSvg(DEFAULT_PACK_ID);
    const svg = renderFrameworkMapSvg(DEFAULT_PACK_ID, { legend });
    const audit = auditSvg(svg);
    const texts = audit.texts('text');
    for (const entry of legend) expect(texts).toContain(entry.label);
    const swatches = [...audit.doc.getElementsByTagName('rect')]
      .filter((r) => legend.some((l) => l.fill === r.getAttribute('fill')))
      .map((r) => Number(r.getAttribute('y')));
    const topBox = Math.min(...processBoxes(svg).map((b) => b.y));
    expect(Math.max(...swatches)).toBeLessThan(topBox);
    // The grid moves down by the key's height; without a key nothing changes.
    expect(Number(auditSvg(svg).doc.documentElement!.getAttribute('height'))).toBeGreaterThan(
      Number(auditSvg(plain).doc.documentElement!.getAttribute('height')),
    );
    expect(renderFrameworkMapSvg(DEFAULT_PACK_ID, { legend: [] })).toBe(plain);
  });
});

describe('background', () => {
  it('paints the page by default and leaves it unpainted with background none', () => {
    const rects = (svg: string) => auditSvg(svg).doc.getElementsByTagName('rect').length;
    const painted = renderFrameworkMapSvg(DEFAULT_PACK_ID);
    const bare = renderFrameworkMapSvg(DEFAULT_PACK_ID, { background: 'none' });
    expect(rects(bare)).toBe(rects(painted) - 1);
    const first = auditSvg(painted).doc.getElementsByTagName('rect').item(0)!;
    expect([first.getAttribute('x'), first.getAttribute('y')]).toEqual(['0', '0']);
  });
});
