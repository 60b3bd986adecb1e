import { DOMParser } from '@xmldom/xmldom';
import { describe, expect, it } from 'vitest';
import { embedBundleInSvg } from '../../../../shared/bundle/svg-metadata';
import { getBuiltInCatalogue } from '../../../../shared/etom/registry';
import { diagramNamesOf } from '../../../../shared/render/diagram-names';
import { renderDiagramSvg } from '../../../../shared/render/diagram-svg';
import { renderFrameworkMapSvg } from '../../../../shared/render/framework-map-svg';
import { el, renderSvgDocument, type SvgElement } from '../../../../shared/render/svg-builder';
import { SVG_ELEMENTS } from '../../../../shared/render/svg-vocabulary';
import { basicsDiagram, processesDiagram, sampleDocument } from '../../../fixtures/diagram-samples';

/** `tag` and `tag@attribute` for every element and attribute in an SVG document. */
function usedVocabulary(svg: string): Set<string> {
  const doc = new DOMParser().parseFromString(svg, 'image/svg+xml');
  const used = new Set<string>();
  const all = doc.getElementsByTagName('*');
  for (let i = 0; i < all.length; i += 1) {
    const element = all.item(i)!;
    used.add(element.tagName);
    for (let a = 0; a < element.attributes.length; a += 1) {
      const name = element.attributes.item(a)!.name;
      if (name !== 'xmlns') used.add(`${element.tagName}@${name}`);
    }
  }
  return used;
}

const diagramNames = diagramNamesOf(
  sampleDocument([]).processes.processes,
  getBuiltInCatalogue,
  'gb921-v25.5',
);

describe('svg vocabulary', () => {
  it('is exactly what our exports use: nothing declared that no export draws', () => {
    const used = new Set([
      ...usedVocabulary(renderFrameworkMapSvg('gb921-v25.5')),
      ...usedVocabulary(renderFrameworkMapSvg('classic-r14')),
      ...[basicsDiagram(), processesDiagram()].flatMap((diagram) => [
        ...usedVocabulary(renderDiagramSvg(diagram, diagramNames)),
      ]),
      // A picture that reopens as a diagram carries its bundle as the one metadata element.
      ...usedVocabulary(embedBundleInSvg(renderDiagramSvg(basicsDiagram(), diagramNames), '{}')),
    ]);
    const declared = new Set(
      Object.entries(SVG_ELEMENTS).flatMap(([tag, rule]) => [
        tag,
        ...Object.keys(rule.attributes).map((attribute) => `${tag}@${attribute}`),
      ]),
    );
    expect([...used].sort()).toEqual([...declared].sort());
  });

  it('types the builder by it, and the builder checks the same at run time', () => {
    // Each call is a compile error (tsc fails when one starts to compile); rendering them,
    // as code that got around the types would, throws.
    const drawn = (child: SvgElement) => () => renderSvgDocument(el('svg', {}, child));
    // @ts-expect-error: <script> is not in the vocabulary.
    expect(drawn(el('script'))).toThrow(/<script> is not drawn/);
    // @ts-expect-error: no event attributes.
    expect(drawn(el('rect', { onclick: 'x' }))).toThrow(/"onclick" is not allowed/);
    // @ts-expect-error: no href anywhere.
    expect(drawn(el('text', { href: '#a' }))).toThrow(/"href" is not allowed/);
    // @ts-expect-error: a number attribute takes a number.
    expect(drawn(el('rect', { x: 'javascript:x' }))).toThrow(/is not a number/);
  });
});
