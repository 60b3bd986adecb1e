import { DOMParser } from '@xmldom/xmldom';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  readSvgTree,
  SvgTreeError,
  XMLNS_NAMESPACE,
  type SvgTreeElement,
} from '../../../../../main/services/export/svg-tree';

const SVG_NS = 'http://www.w3.org/2000/svg';

function refusal(xml: string): SvgTreeError {
  try {
    readSvgTree(xml);
  } catch (error) {
    expect(error).toBeInstanceOf(SvgTreeError);
    return error as SvgTreeError;
  }
  throw new Error(`read: ${xml}`);
}

interface DomAttribute {
  name: string;
  localName: string | null;
  prefix: string | null;
  namespaceURI: string | null;
  value: string;
}

/** The DOM view every reader relies on, as one string, adjacent text merged. */
interface DomLike {
  nodeType: number;
  nodeName: string;
  localName: string | null;
  prefix: string | null;
  namespaceURI: string | null;
  nodeValue: string | null;
  firstChild: DomLike | null;
  nextSibling: DomLike | null;
  attributes?:
    { length: number; item(i: number): DomAttribute | null } | { list(): DomAttribute[] };
}

function shape(node: DomLike): string {
  if (node.nodeType === 3) return JSON.stringify(node.nodeValue);
  const list = node.attributes;
  const all =
    list === undefined
      ? []
      : 'list' in list
        ? list.list()
        : Array.from({ length: list.length }, (_, i) => list.item(i)!);
  const attributes = all.map((a) =>
    JSON.stringify([a.name, a.localName, a.prefix, a.namespaceURI, a.value]),
  );
  const children: string[] = [];
  for (let child = node.firstChild; child !== null; child = child.nextSibling) {
    const part = shape(child);
    const last = children.length - 1;
    if (child.nodeType === 3 && last >= 0 && children[last]!.startsWith('"')) {
      children[last] = JSON.stringify(
        (JSON.parse(children[last]!) as string) + (JSON.parse(part) as string),
      );
    } else children.push(part);
  }
  const names = [node.nodeName, node.localName, node.prefix, node.namespaceURI];
  return `${JSON.stringify(names)}[${attributes.join(',')}](${children.join(',')})`;
}

function xmldomRoot(xml: string): DomLike {
  const doc = new DOMParser({
    onError: (level, message) => {
      throw new Error(`${level}: ${message}`);
    },
  }).parseFromString(xml, 'application/xml');
  return doc.documentElement as unknown as DomLike;
}

describe('readSvgTree', () => {
  it('reads elements, namespaces, attributes and text as the DOM does', () => {
    const root = readSvgTree(
      `<?xml version="1.0" encoding="UTF-8"?>\n<svg xmlns="${SVG_NS}" width="10" height='5'>` +
        `<g transform="translate(1 2)"><text x="1">a &amp; b &lt;c&gt; &#x41;&#66;\r\nd</text></g>` +
        `<title>t "q" 'a'</title></svg>\n`,
    );
    expect(root.localName).toBe('svg');
    expect(root.namespaceURI).toBe(SVG_NS);
    expect(root.getAttribute('height')).toBe('5');
    expect(root.getAttribute('nothing')).toBeNull();
    const xmlns = root.attributes.list()[0]!;
    expect([xmlns.name, xmlns.prefix, xmlns.namespaceURI]).toEqual([
      'xmlns',
      null,
      XMLNS_NAMESPACE,
    ]);
    const g = root.firstChild as SvgTreeElement;
    const text = g.firstChild as SvgTreeElement;
    expect(text.namespaceURI).toBe(SVG_NS);
    expect(text.firstChild!.nodeValue).toBe('a & b <c> AB\nd');
    expect((g.nextSibling as SvgTreeElement).localName).toBe('title');
  });

  it('folds white space in attribute values as XML does, keeping character references', () => {
    const root = readSvgTree(`<svg a="x\ty\r\nz" b="1&#9;2&#10;3"/>`);
    expect(root.getAttribute('a')).toBe('x y z');
    expect(root.getAttribute('b')).toBe('1\t2\n3');
  });

  it('refuses what an export never has, and what is not well-formed, with the place', () => {
    const cases: Array<[string, RegExp]> = [
      ['<!DOCTYPE svg><svg/>', /DOCTYPE/],
      ['<svg><!-- x --></svg>', /comment/],
      ['<svg><![CDATA[<script/>]]></svg>', /CDATA/],
      ['<?xml-stylesheet href="a.css"?><svg/>', /processing instruction <\?xml-stylesheet\?>/],
      ['<svg/>text', /not well-formed/],
      ['<svg/><svg/>', /not well-formed/],
      ['<svg><g></svg>', /not well-formed/],
      ['<svg>', /not well-formed/],
      ['<svg>&nbsp;</svg>', /not well-formed/],
      ['<svg>a & b</svg>', /not well-formed/],
      ['<svg a="<"/>', /not well-formed/],
      ['<svg a="1" a="2"/>', /not well-formed/],
      ['<svg><p:g/></svg>', /not well-formed/],
      ['<svg>&#0;</svg>', /not well-formed/],
      ['<svg>\u0001</svg>', /not well-formed/],
      ['', /not well-formed|no root/],
    ];
    for (const [xml, problem] of cases) {
      const error = refusal(xml);
      expect(error.problem, xml).toMatch(problem);
      expect(error.message, xml).toMatch(/\(line \d+, column \d+\)$/);
    }
    expect(refusal('<svg>\n  <g>\n  </svg>')).toMatchObject({ line: 3 });
    // A name the parser accepts and the namespace rules refuse is placed as well.
    expect(refusal('<svg>\n<g/>\n<g/>\n  <p:g/></svg>')).toMatchObject({ line: 4, column: 9 });
  });

  it('reads a deeply nested file without recursion', () => {
    const depth = 50_000;
    let node: SvgTreeElement | null = readSvgTree(
      `<svg>${'<g>'.repeat(depth)}${'</g>'.repeat(depth)}</svg>`,
    );
    let levels = 0;
    while (node !== null) {
      levels += 1;
      node = node.firstChild as SvgTreeElement | null;
    }
    expect(levels).toBe(depth + 1);
  });

  it('reads whatever it accepts into the tree a DOM parser builds from the same text', () => {
    const name = fc.oneof(
      { weight: 6, arbitrary: fc.constantFrom('svg', 'g', 'text', 'a-b', 'x.y') },
      { weight: 1, arbitrary: fc.constantFrom('s:g', 'xml:base', 'q:r', 'xmlns:x', 'a:b:c') },
    );
    const valid = fc.constantFrom(
      'a',
      ' ',
      '\t',
      '\r\n',
      '\n',
      '&amp;',
      '&lt;',
      '&#x9;',
      '&#10;',
      '&#xe9;',
      '&#128512;',
      '>',
      '"',
      "'",
      'é',
      '😀',
    );
    const broken = fc.constantFrom('&nbsp;', '&', ']]>', '<', '\u0001', '&#0;');
    const raw = fc.oneof({ weight: 30, arbitrary: valid }, { weight: 1, arbitrary: broken });
    const text = fc.array(raw, { maxLength: 6 }).map((parts) => parts.join(''));
    const quote = fc.constantFrom('"', "'");
    // Namespace names as written (white space in one is not folded the same way by parsers).
    const attribute = fc.oneof(
      fc.record({ name, value: text, quote }),
      fc.record({
        name: fc.constantFrom('xmlns', 'xmlns:s', 'xmlns:q', 'xmlns:xml', 'xmlns:xmlns'),
        value: fc.constantFrom(SVG_NS, 'urn:q', '', 'http://www.w3.org/XML/1998/namespace'),
        quote,
      }),
    );
    type Tree = {
      name: string;
      attributes: Array<{ name: string; value: string; quote: string }>;
      children: Array<Tree | string>;
    };
    const { tree } = fc.letrec<{ tree: Tree }>((tie) => ({
      tree: fc.record({
        name,
        attributes: fc.array(attribute, { maxLength: 3 }),
        children: fc.array(fc.oneof({ weight: 2, arbitrary: text }, tie('tree')), {
          maxLength: 3,
          depthIdentifier: 'tree',
        }),
      }),
    }));
    const write = (node: Tree | string): string => {
      if (typeof node === 'string') return node;
      const attributes = node.attributes
        .map((a) => ` ${a.name}=${a.quote}${a.value}${a.quote}`)
        .join('');
      return node.children.length === 0
        ? `<${node.name}${attributes}/>`
        : `<${node.name}${attributes}>${node.children.map(write).join('')}</${node.name}>`;
    };
    let accepted = 0;
    fc.assert(
      fc.property(tree, fc.constantFrom('', ' ', '\n', 'x'), (root, after) => {
        const xml = write(root) + after;
        let ours: SvgTreeElement;
        try {
          ours = readSvgTree(xml);
        } catch (error) {
          if (!(error instanceof SvgTreeError)) throw error;
          return;
        }
        accepted += 1;
        expect(shape(ours as unknown as DomLike)).toBe(shape(xmldomRoot(xml)));
      }),
      { numRuns: 3_000 },
    );
    // The comparison means something only when many documents are read.
    expect(accepted).toBeGreaterThan(400);
  });
});
