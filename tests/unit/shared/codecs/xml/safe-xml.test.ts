import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseXml } from '../../../../../shared/codecs/xml/safe-xml';
import { XmlError } from '../../../../../shared/codecs/xml/xml-error';

const broken = (name: string) =>
  readFileSync(path.resolve(import.meta.dirname, '../../../../fixtures/imports/broken', name));
const utf8 = (text: string) => new TextEncoder().encode(text);

function refusal(run: () => unknown): XmlError {
  try {
    run();
  } catch (error) {
    if (error instanceof XmlError) return error;
    throw error;
  }
  throw new Error('expected an XmlError');
}

describe('parseXml: refusals before any tree is built', () => {
  it('refuses a DOCTYPE with entities (billion laughs) at its line and column', () => {
    const error = refusal(() => parseXml(broken('billion-laughs.bpmn'), 'laughs.bpmn'));
    expect(error.message).toBe(
      'laughs.bpmn:2:1: has a DOCTYPE declaration, which imports refuse (no DTD, no entities)',
    );
  });

  it('refuses an ENTITY declaration outside a DOCTYPE (external entity)', () => {
    const error = refusal(() => parseXml(broken('external-entity.bpmn'), 'xxe.bpmn'));
    expect(error.message).toBe('xxe.bpmn:3:3: has an ENTITY declaration, which imports refuse');
  });

  it('reads a comment or CDATA that mentions <!DOCTYPE as text', () => {
    const doc = parseXml(
      utf8('<a><!-- <!DOCTYPE x> --><b><![CDATA[<!ENTITY y> <c>]]></b></a>'),
      'ok.xml',
    );
    expect(doc.root.children[0]?.text).toBe('<!ENTITY y> <c>');
  });

  it('refuses nesting deeper than the limit, at the element that goes too deep', () => {
    const deep = `${'<a>\n'.repeat(250)}${'</a>'.repeat(250)}`;
    const error = refusal(() => parseXml(utf8(deep), 'deep.xml'));
    expect(error.message).toBe('deep.xml:201:1: nests elements deeper than 200');
    // Limits can be set per call; the prescan does not recurse, so a million levels is only text.
    const million = `${'<a>'.repeat(1_000_000)}`;
    expect(() =>
      parseXml(million, 'million.xml', {
        maxChars: 10_000_000,
        maxDepth: 200,
        maxElements: 10 ** 7,
      }),
    ).toThrow(/million\.xml:1:601: nests elements deeper than 200/);
  });

  it('refuses too many elements and too much text', () => {
    const many = `<a>${'<b/>'.repeat(20)}</a>`;
    expect(() =>
      parseXml(many, 'many.xml', { maxChars: 1000, maxDepth: 10, maxElements: 10 }),
    ).toThrow('many.xml:1:40: has more than 10 elements');
    expect(() =>
      parseXml(many, 'big.xml', { maxChars: 50, maxDepth: 10, maxElements: 100 }),
    ).toThrow(/^big\.xml:1:51: is larger than 50 characters$/);
  });

  it('names the file, line and column of XML that is not well-formed', () => {
    expect(() => parseXml(broken('truncated.bpmn'), 'truncated.bpmn')).toThrow(
      /^truncated\.bpmn:5:5: ends inside a tag$/,
    );
    expect(() => parseXml(utf8('<a>\n  <b></a>'), 'mismatch.xml')).toThrow(
      /^mismatch\.xml:2:\d+: is not well-formed XML: .*"b" != "a"/,
    );
    expect(() => parseXml(utf8('<a>&nbsp;</a>'), 'entity.xml')).toThrow(
      /^entity\.xml:1:\d+: .*nbsp/,
    );
  });
});

describe('parseXml: encodings declared that the bytes do not follow', () => {
  it('reads UTF-8 bytes declared ISO-8859-1 as UTF-8, with a note', () => {
    const doc = parseXml(broken('declared-latin1-utf8-bytes.bpmn'), 'a.bpmn');
    expect(doc.root.children[0]?.attributes.find((a) => a.local === 'name')?.value).toBe(
      'Auftragsprüfung – Kündigung',
    );
    expect(doc.notes).toEqual([
      'a.bpmn: declares encoding "iso-8859-1" but its bytes are UTF-8; read as UTF-8',
    ]);
  });

  it('lets a UTF-8 byte order mark win over another declaration, with a note', () => {
    const doc = parseXml(broken('bom-other-declaration.bpmn'), 'b.bpmn');
    expect(doc.root.children[0]?.attributes.find((a) => a.local === 'name')?.value).toBe(
      'Résiliation',
    );
    expect(doc.notes[0]).toMatch(
      /declares encoding "windows-1252" but starts with a UTF-8 byte order mark/,
    );
  });

  it('reads Latin-1 bytes declared UTF-8 as Windows-1252, naming where the bytes went wrong', () => {
    const doc = parseXml(broken('declared-utf8-latin1-bytes.bpmn'), 'c.bpmn');
    expect(doc.root.children[0]?.attributes.find((a) => a.local === 'name')?.value).toBe(
      'Résiliation',
    );
    expect(doc.notes).toEqual(['c.bpmn:3:26: is not UTF-8 as declared; read as Windows-1252']);
  });

  it('reads a real ISO-8859-1 file as declared, without a note', () => {
    const bytes = Uint8Array.from([
      ...utf8('<?xml version="1.0" encoding="ISO-8859-1"?><a n="R'),
      0xe9,
      ...utf8('"/>'),
    ]);
    const doc = parseXml(bytes, 'd.xml');
    expect(doc.root.attributes[0]?.value).toBe('Ré');
    expect(doc.notes).toEqual([]);
  });

  it('refuses an encoding it cannot read, naming it', () => {
    const bytes = Uint8Array.from([
      ...utf8('<?xml version="1.0" encoding="x-klingon"?><a n="'),
      0xe9,
      ...utf8('"/>'),
    ]);
    expect(() => parseXml(bytes, 'e.xml')).toThrow(
      'e.xml: declares the encoding "x-klingon", which cannot be read here',
    );
  });
});
