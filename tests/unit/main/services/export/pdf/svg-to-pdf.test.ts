import { readFileSync } from 'node:fs';
import * as path from 'node:path';
import PDFDocument from 'pdfkit';
import { describe, expect, it } from 'vitest';
import { HostFailure } from '../../../../../../shared/ipc/errors';
import { exportFontFiles } from '../../../../../../main/services/export/export-font';
import {
  FONT_FACES,
  drawSvgIntoPdf,
  svgForPdf,
} from '../../../../../../main/services/export/pdf/svg-to-pdf';
import { renderPdf } from '../../../../../../main/services/export/pdf/pdf-document';
import { readSvgTree } from '../../../../../../main/services/export/svg-tree';
import { readPdf } from '../../../../../support/pdf-reader';

const FILE = '/exports/shapes.pdf';
const svgOf = (body: string, root = 'width="300" height="200"') =>
  `<svg xmlns="http://www.w3.org/2000/svg" ${root}>${body}</svg>`;

/** Draws `svg` on one page of a real PDFKit document and returns the PDF's bytes. */
async function draw(svg: string): Promise<Uint8Array> {
  const fonts = exportFontFiles();
  const doc = new PDFDocument({ autoFirstPage: false, font: fonts.regular });
  doc.registerFont(FONT_FACES.regular, fonts.regular);
  doc.registerFont(FONT_FACES.bold, fonts.bold);
  doc.registerFont(FONT_FACES.italic, fonts.italic);
  doc.registerFont(FONT_FACES.boldItalic, fonts.boldItalic);
  const chunks: Buffer[] = [];
  const done = new Promise<void>((resolve, reject) => {
    doc.on('data', (chunk: Buffer) => chunks.push(chunk));
    doc.on('end', resolve);
    doc.on('error', reject);
  });
  done.catch(() => undefined);
  try {
    doc.addPage({ size: [400, 300], margin: 0 });
    drawSvgIntoPdf(doc, svgForPdf(readSvgTree(svg), FILE), FILE);
  } finally {
    doc.end();
  }
  await done;
  return new Uint8Array(Buffer.concat(chunks));
}

async function refusal(svg: string): Promise<string> {
  try {
    await draw(svg);
  } catch (error) {
    expect(error).toBeInstanceOf(HostFailure);
    expect((error as HostFailure).error).toMatchObject({ code: 'INVALID_ARGUMENT', file: FILE });
    return (error as HostFailure).error.message;
  }
  throw new Error('the SVG was drawn');
}

describe('drawSvgIntoPdf', () => {
  it('draws an exported diagram, lane titles rotated, with every label as text', async () => {
    const golden = readFileSync(
      path.resolve('tests/unit/shared/render/golden/processes-light.svg'),
      'utf8',
    );
    expect(golden).toContain('rotate(-90)');
    const labels = [...golden.matchAll(/<text[^>]*>([^<]+)<\/text>/g)].map((m) => m[1] ?? '');
    const pdf = await renderPdf([{ svg: golden }], { size: 'fit' }, exportFontFiles(), FILE);
    const text = (await readPdf(pdf.bytes)).pages[0]?.text ?? '';
    for (const label of labels) expect(text).toContain(label.replace(/&amp;/g, '&'));
  });

  it('draws every element of the vocabulary, with text in groups, tspans and anchors as text', async () => {
    const bytes = await draw(
      svgOf(
        '<title>Shapes</title>' +
          '<g transform="translate(10, 5) scale(1.5)" fill="#336699" stroke="rgb(10,20,30)" stroke-width="2" opacity="0.8">' +
          '<rect x="0" y="0" width="40" height="20" rx="3" fill-opacity="0.5"/>' +
          '<path d="M 50 10 L 60 10 H 70 V 20 C 72 22 74 24 76 26 Q 80 30 84 26 Z" fill="none" stroke-dasharray="4 2"/>' +
          '<line x1="0" y1="40" x2="90" y2="40"/>' +
          '<polyline points="0,50 10,60 20,50" fill="none"/>' +
          '<polygon points="30,50 40,60 50,50"/>' +
          '<circle cx="70" cy="55" r="5"/>' +
          '<ellipse cx="90" cy="55" rx="8" ry="4" fill="#ff000080"/>' +
          '<text x="0" y="80" font-size="10">Grouped label</text>' +
          '</g>' +
          '<text x="150" y="150" text-anchor="middle" font-style="italic">Centred <tspan font-weight="bold">bold part</tspan> end</text>' +
          '<text x="290" y="180" text-anchor="end" fill="none" stroke="#000">Outlined</text>' +
          '<text x="10" y="190"><tspan x="10" dy="-2">First line</tspan><tspan x="10" dy="12">Second line</tspan></text>',
      ),
    );
    const pdf = await readPdf(bytes);
    const text = pdf.pages[0]!.text.replace(/\s+/g, ' ');
    expect(text).toContain('Grouped label');
    expect(text).toContain('Centred bold part end');
    expect(text).toContain('Outlined');
    expect(text).toMatch(/First line.*Second line/);
    // Italic text with a bold tspan inside: each face is embedded as it is used.
    expect(pdf.embeddedFonts.sort()).toEqual([
      'NotoSans-BoldItalic',
      'NotoSans-Italic',
      'NotoSans-Regular',
    ]);
  });

  it('maps a viewBox onto the width and height', async () => {
    const bytes = await draw(
      svgOf(
        '<text x="10" y="50">In the box</text>',
        'width="300" height="200" viewBox="0 0 150 100"',
      ),
    );
    expect((await readPdf(bytes)).pages[0]!.items).toContain('In the box');
  });

  it.each([
    [
      'an element it does not draw',
      '<image width="9" height="9"/>',
      /<image> \(element 2\) is not part of what PDF export draws/,
    ],
    ['a relative path command', '<path d="M 0 0 l 10 10"/>', /uses the command "l"/],
    ['an arc', '<path d="M 0 0 A 5 5 0 0 1 10 10"/>', /uses the command "A"/],
    ['a path with a missing number', '<path d="M 0 0 L 10"/>', /gives L 1 numbers/],
    ['a rotation about a point', '<g transform="rotate(45 10 10)"/>', /rotate\(\) 3 numbers/],
    ['a skew', '<g transform="skewX(10)"/>', /only translate\(\), scale\(\) and rotate\(\)/],
    ['an attribute it does not know', '<rect width="5" height="5" filter="blur"/>', /"filter"/],
    ['a colour it cannot read', '<rect width="5" height="5" fill="url(#g)"/>', /not a colour/],
    ['a bad number', '<circle r="five"/>', /has r: "five" is not/],
    ['odd points', '<polygon points="1,2 3"/>', /odd count/],
    [
      'a shape holding an element',
      '<rect width="5" height="5"><rect width="1" height="1"/></rect>',
      /which holds nothing/,
    ],
    ['text in a group', '<g>stray</g>', /holds text outside a <text>/],
    [
      'a shape inside text',
      '<text x="1" y="1">a<rect width="1" height="1"/></text>',
      /<rect>.*holds only text and <tspan>/,
    ],
    [
      'another namespace',
      '<x:rect xmlns:x="urn:x" width="1" height="1"/>',
      /outside the SVG namespace/,
    ],
  ])('refuses %s, naming the element', async (_what, body, message) => {
    expect(await refusal(svgOf(body))).toMatch(message);
  });

  it('refuses a root without a size', async () => {
    expect(await refusal(svgOf('', 'width="0" height="10"'))).toMatch(/no positive width/);
  });
});
