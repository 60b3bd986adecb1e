import { describe, expect, it } from 'vitest';
import { getBuiltInCatalogue } from '../../../../shared/etom/registry';
import { diagramNamesOf } from '../../../../shared/render/diagram-names';
import { renderDiagramSvg } from '../../../../shared/render/diagram-svg';
import {
  heightToShowAll,
  nodeTextColumn,
  nodeTextLines,
  type TextNodeKind,
} from '../../../../shared/render/node-text';
import { measureText } from '../../../../shared/render/text-wrap';
import { sampleDiagram, sampleDocument } from '../../../fixtures/diagram-samples';

describe('nodeTextColumn', () => {
  it('takes off the borders and paddings of each kind, as the node CSS does', () => {
    const widths = (['box', 'note', 'text', 'framework', 'process'] as const).map(
      (kind) => nodeTextColumn(kind, 200, 80).width,
    );
    expect(widths).toEqual([177, 178, 186, 172.5, 173]);
  });

  it('counts the whole lines that fit, a process node keeping its header row', () => {
    expect(nodeTextColumn('box', 160, 72).maxLines).toBe(3); // (72 - 16) / 17
    expect(nodeTextColumn('framework', 160, 72).maxLines).toBe(2); // (72 - 28) / 17
    expect(nodeTextColumn('box', 160, 10).maxLines).toBe(1);
    expect(nodeTextColumn('text', 160, 72).setting).toMatchObject({ fontSize: 14, bold: true });
  });
});

describe('nodeTextLines', () => {
  it('wraps between words, each line no wider than the column', () => {
    const lines = nodeTextLines('box', 'Determine customer order feasibility', 160, 200);
    expect(lines.join(' ')).toBe('Determine customer order feasibility');
    expect(lines.length).toBeGreaterThan(1);
    for (const line of lines) expect(measureText(line, 13)).toBeLessThanOrEqual(137);
  });

  it('breaks only a word wider than the column', () => {
    const lines = nodeTextLines('box', 'Telecommunicationsserviceactivation fault', 100, 200);
    expect(lines.length).toBeGreaterThanOrEqual(3);
    expect(lines.join('')).toBe('Telecommunicationsserviceactivation fault');
    expect(lines.at(-1)).toMatch(/ fault$/);
    for (const line of lines) expect(measureText(line, 13)).toBeLessThanOrEqual(77);
  });

  it('keeps the explicit lines of a note, a blank one too', () => {
    expect(nodeTextLines('note', 'One\n\nTwo words', 200, 200)).toEqual(['One', '', 'Two words']);
  });

  it('cuts after the lines that fit, at the end, with an ellipsis', () => {
    const text =
      'Receive the order, check credit, reserve the number and book the installer for the day';
    const lines = nodeTextLines('box', text, 160, 50);
    expect(lines).toHaveLength(2);
    expect(lines[1]).toMatch(/…$/);
    expect(text.startsWith(`${lines.join(' ').slice(0, -1).trimEnd()}`)).toBe(true);
    expect(measureText(lines[1]!, 13)).toBeLessThanOrEqual(137);
  });
});

describe('heightToShowAll', () => {
  it('grows a box to show every line, and keeps the least height', () => {
    const text = 'Receive the order, check credit, reserve the number and book the installer';
    const lines = nodeTextLines('box', text, 160, Number.POSITIVE_INFINITY).length;
    expect(heightToShowAll('box', text, 160, 40)).toBe(lines * 17 + 16);
    expect(nodeTextLines('box', text, 160, heightToShowAll('box', text, 160, 40))).toHaveLength(
      lines,
    );
    expect(heightToShowAll('box', 'Short', 160, 40)).toBe(40);
  });
});

describe('the export draws the lines the canvas shows', () => {
  it('holds each node’s lines, one <text> each, in order', () => {
    const label = 'Run monthly bill cycle and hand the invoices to print and mail';
    const kinds = ['box', 'note', 'text'] as const;
    const diagram = sampleDiagram('d', 'D', [
      ...kinds.map((kind, i) => {
        const base = { id: `n${i}`, x: i * 200, y: 0, width: 140 + i * 20, height: 80, z: i };
        return kind === 'box'
          ? { ...base, kind: 'box' as const, label }
          : { ...base, kind, text: label };
      }),
      {
        id: 'fw',
        kind: 'framework' as const,
        x: 0,
        y: 200,
        width: 150,
        height: 70,
        z: 9,
        pack: 'gb921-v25.5',
        processId: '1.3.3.10',
      },
      {
        id: 'co',
        kind: 'process' as const,
        x: 200,
        y: 200,
        width: 120,
        height: 70,
        z: 10,
        processId: 'p-order',
      },
    ]);
    const catalogue = getBuiltInCatalogue('gb921-v25.5');
    const document = sampleDocument([diagram]);
    const names = diagramNamesOf(
      document.processes.processes,
      (pack) => (pack === 'gb921-v25.5' ? catalogue : undefined),
      'gb921-v25.5',
    );
    const texts = [...renderDiagramSvg(diagram, names).matchAll(/<text[^>]*>([^<]*)<\/text>/g)]
      .map((match) => match[1])
      .join('\n');
    const shown = (kind: TextNodeKind, text: string, node: { width: number; height: number }) =>
      nodeTextLines(kind, text, node.width, node.height).join('\n');
    for (const [i, kind] of kinds.entries()) {
      expect(texts).toContain(shown(kind, label, diagram.nodes[i]!));
    }
    const fwName = catalogue!.byId('1.3.3.10')!.name;
    expect(texts).toContain(shown('framework', fwName, { width: 150, height: 70 }));
    expect(texts).toContain(shown('process', 'Capture customer order', { width: 120, height: 70 }));
  });
});
