import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import * as path from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkSvg } from '../../../../main/services/export/svg-check';
import { getBuiltInCatalogue } from '../../../../shared/etom/registry';
import { diagramFileSchema, type DiagramFile } from '../../../../shared/model/diagram-schema';
import { handlePoint } from '../../../../shared/render/diagram-edges';
import { diagramNamesOf } from '../../../../shared/render/diagram-names';
import {
  EmptyDrawingError,
  renderDiagramSvg,
  type DiagramNames,
} from '../../../../shared/render/diagram-svg';
import { edgePath } from '../../../../shared/render/edge-path';
import { endShifts, shiftAt, shiftedAlong } from '../../../../shared/render/end-spread';
import { stripInvalidXmlChars } from '../../../../shared/render/xml-text';
import {
  basicsDiagram,
  processesDiagram,
  sampleDiagram,
  sampleDocument,
} from '../../../fixtures/diagram-samples';
import { XSS_PAYLOADS } from '../../../fixtures/xss-payloads';
import { auditSvg } from './svg-audit';

const GOLDEN = path.join(__dirname, 'golden');
const document = sampleDocument([basicsDiagram(), processesDiagram()]);
const names = diagramNamesOf(document.processes.processes, getBuiltInCatalogue, 'gb921-v25.5');

/** Line endings and trailing space made uniform, so a checkout's settings change nothing. */
const normalise = (svg: string) =>
  svg
    .replace(/\r\n/g, '\n')
    .replace(/[ \t]+$/gm, '')
    .trim();

/**
 * Compares with the reviewed file in golden/ (UPDATE_GOLDEN=1 rewrites it after a change
 * was looked at as a PNG).
 */
function expectGolden(name: string, svg: string) {
  const file = path.join(GOLDEN, name);
  if (process.env.UPDATE_GOLDEN === '1' || !existsSync(file)) writeFileSync(file, svg);
  expect(normalise(svg)).toBe(normalise(readFileSync(file, 'utf8')));
}

describe('diagram SVG', () => {
  it('draws the sample diagrams as reviewed (golden files), valid and accepted by main', () => {
    for (const diagram of document.diagrams) diagramFileSchema.parse(diagram);
    const cases = [
      ['basics-light.svg', renderDiagramSvg(basicsDiagram(), names)],
      ['processes-light.svg', renderDiagramSvg(processesDiagram(), names)],
      ['processes-dark.svg', renderDiagramSvg(processesDiagram(), names, { theme: 'dark' })],
    ] as const;
    for (const [name, svg] of cases) {
      expect(checkSvg(svg, name)).not.toBeNull();
      expectGolden(name, svg);
    }
  });

  it('routes every edge with the canvas router between the same handles', () => {
    const diagram = basicsDiagram();
    const svg = renderDiagramSvg(diagram, names);
    const byId = new Map(diagram.nodes.map((node) => [node.id as string, node]));
    // Ends that share a side are spread along it (end-spread.ts), as on the canvas.
    const shifts = endShifts(diagram.nodes, diagram.edges);
    expect(shifts.target.some((shift) => shift !== 0)).toBe(true);
    for (const [i, edge] of diagram.edges.entries()) {
      const source = byId.get(edge.source)!;
      const target = byId.get(edge.target)!;
      const sourceSide = edge.sourceHandle ?? 'right';
      const targetSide = edge.targetHandle ?? 'left';
      const shift = shiftAt(shifts, i) ?? { source: 0, target: 0 };
      const expected = edgePath(edge.routing ?? 'orthogonal', {
        source: shiftedAlong(handlePoint(source, sourceSide), sourceSide, shift.source),
        sourceSide,
        target: shiftedAlong(handlePoint(target, targetSide), targetSide, shift.target),
        targetSide,
      });
      expect(svg).toContain(`d="${expected.path}"`);
    }
    // The right handle sits half its 10 px outside the node: the edge starts there.
    expect(handlePoint(byId.get('a')!, 'right')).toEqual({ x: 165, y: 110 });
    expect(svg).not.toMatch(/<marker|<style|foreignObject|<script|\son\w+=/i);
  });

  it('draws mapping edges dashed and flows with a filled arrow head', () => {
    const svg = renderDiagramSvg(processesDiagram(), names);
    expect(svg).toMatch(
      /<path d="[^"]+" fill="none" stroke="#0f8a83" stroke-width="1.5" stroke-dasharray="6 4"\/>/,
    );
    expect(svg).toMatch(/<polygon points="[^"]+" fill="#6d7b8a" stroke="#6d7b8a"/);
  });

  it('draws only a selection: a lane brings its members, edges only between drawn nodes', () => {
    const svg = renderDiagramSvg(processesDiagram(), names, { selection: ['lane'] });
    const { texts } = auditSvg(svg);
    const shown = texts('text').join('|');
    expect(shown).toContain('Capture customer order');
    expect(shown).toContain('Market Strategy Management');
    expect(shown).not.toContain('Missing process');
    expect(shown).not.toContain('hands over');
    expect(svg).toContain('stroke-dasharray="6 4"');
    expect(() => renderDiagramSvg(processesDiagram(), names, { selection: [] })).toThrow(
      EmptyDrawingError,
    );
  });

  it('fits the picture to the drawing plus the margin, transparent on request', () => {
    const single = sampleDiagram('one', 'One', [
      { id: 'a', kind: 'box', x: -50, y: 30, width: 100, height: 40, label: 'A' },
    ]);
    const svg = renderDiagramSvg(single, names, { margin: 10, background: 'none' });
    expect(checkSvg(svg, 'one.svg')).toEqual({ width: 120, height: 60 });
    expect(svg).toContain('transform="translate(60 -20)"');
    expect(svg).not.toContain('fill="#fafbfc"');
  });
});

/** Names that answer every lookup with `name`, so every kind of name can be hostile. */
function hostileNames(name: string): DiagramNames {
  return {
    process: () => ({ name, code: name }),
    framework: () => ({ name, level: 2, band: 0, badge: name }),
  };
}

function hostileDiagram(label: string): DiagramFile {
  return sampleDiagram(
    'hostile',
    label.slice(0, 200) || 'x',
    [
      { id: 'lane', kind: 'group', variant: 'lane', x: 0, y: 0, width: 900, height: 400, label },
      {
        id: 'group',
        kind: 'group',
        variant: 'group',
        x: 40,
        y: 20,
        width: 400,
        height: 300,
        label,
      },
      { id: 'box', kind: 'box', x: 60, y: 60, width: 160, height: 60, label },
      { id: 'note', kind: 'note', x: 260, y: 60, width: 160, height: 80, text: label },
      { id: 'text', kind: 'text', x: 60, y: 200, width: 160, height: 30, text: label },
      { id: 'co', kind: 'process', processId: 'p', x: 500, y: 60, width: 200, height: 80 },
      {
        id: 'fw',
        kind: 'framework',
        pack: 'gb921-v25.5',
        processId: '1.1',
        x: 500,
        y: 200,
        width: 200,
        height: 80,
      },
    ],
    [
      { id: 'e1', kind: 'flow', source: 'box', target: 'note', label },
      { id: 'e2', kind: 'mapping', source: 'co', target: 'fw', mappingId: 'm', label },
    ],
  );
}

describe('hostile labels', () => {
  it('are drawn as inert text in every place a string reaches, and main accepts the file', () => {
    for (const payload of XSS_PAYLOADS) {
      const svg = renderDiagramSvg(hostileDiagram(payload), hostileNames(payload));
      expect(() => checkSvg(svg, 'hostile.svg')).not.toThrow();
      const audit = auditSvg(svg);
      expect(audit.scripts + audit.foreignObjects + audit.eventAttributes + audit.activeUrls).toBe(
        0,
      );
      // Every word of the payload that fits a line is there as text, not markup.
      const text = audit.texts('text').join(' ') + audit.texts('title').join(' ');
      const word = stripInvalidXmlChars(payload)
        .split(/\s+/)
        .find((w) => w.length > 0 && w.length < 8);
      if (word !== undefined) expect(text).toContain(word);
    }
  });
});
