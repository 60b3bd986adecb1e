import { DOMParser } from '@xmldom/xmldom';
import { HostFailure } from '../../../shared/ipc/errors';

/**
 * Checks an SVG before main writes it to disk, whatever the renderer sent: it must be
 * well-formed XML (a real parser, every warning refused), an `<svg>` root in the SVG namespace,
 * and passive: no script, foreignObject, embedded documents, event attributes, DOCTYPE or
 * processing instructions, and no `javascript:` / HTML data URLs anywhere.
 */

const SVG_NS = 'http://www.w3.org/2000/svg';
const BANNED_ELEMENTS = new Set([
  'script',
  'foreignobject',
  'iframe',
  'embed',
  'object',
  'handler',
  'listener',
]);
// Controls and spaces are stripped before matching: browsers ignore them inside a scheme.
// eslint-disable-next-line no-control-regex
const SQUEEZE = /[\u0000-\u0020]/g;
const ACTIVE_URL = /(javascript|vbscript):|data:(text\/html|image\/svg\+xml|application\/xhtml)/i;
/** Attributes that can load or link a URL; other attributes (labels) are plain text. */
const URL_ATTRIBUTE =
  /^(href|src|style|fill|stroke|filter|clip-path|mask|marker-start|marker-mid|marker-end|cursor)$/i;

const refuse = (file: string, message: string): never => {
  throw new HostFailure({ code: 'INVALID_ARGUMENT', message, file });
};

/** The numeric size of the root, from width/height or else the viewBox; null when unknown. */
function rootSize(root: { getAttribute(name: string): string | null }) {
  const width = Number.parseFloat(root.getAttribute('width') ?? '');
  const height = Number.parseFloat(root.getAttribute('height') ?? '');
  if (Number.isFinite(width) && Number.isFinite(height)) return { width, height };
  const box = (root.getAttribute('viewBox') ?? '')
    .trim()
    .split(/[\s,]+/)
    .map(Number);
  if (box.length === 4 && box.every(Number.isFinite)) return { width: box[2]!, height: box[3]! };
  return null;
}

/**
 * Throws INVALID_ARGUMENT naming `file` and the first problem when `svg` is not a safe SVG;
 * returns the size of its root (for the pixel budget of a PNG), null when it has none.
 */
export function checkSvg(svg: string, file: string): { width: number; height: number } | null {
  let doc: ReturnType<DOMParser['parseFromString']>;
  try {
    doc = new DOMParser({
      onError: (level, message) => {
        throw new Error(`${level}: ${message}`);
      },
    }).parseFromString(svg, 'application/xml');
  } catch (error) {
    const detail = error instanceof Error ? error.message.split('\n')[0] : String(error);
    return refuse(file, `The SVG to export is not well-formed XML: ${detail}`);
  }
  // The parser reads a bare `&` as text; XML does not, and neither should an export.
  const bareAmpersand = /&(?!(?:[A-Za-z_][\w.-]*|#\d+|#x[0-9a-fA-F]+);)/.exec(svg);
  if (bareAmpersand !== null) {
    return refuse(
      file,
      `The SVG to export is not well-formed XML: a bare & at ${bareAmpersand.index}.`,
    );
  }
  const root = doc.documentElement;
  if (root === null || root.localName !== 'svg' || root.namespaceURI !== SVG_NS) {
    return refuse(file, 'The SVG to export must have an <svg> root in the SVG namespace.');
  }
  for (let node = doc.firstChild; node !== null; node = node.nextSibling) {
    if (node.nodeType === node.DOCUMENT_TYPE_NODE) {
      refuse(file, 'The SVG to export must not have a DOCTYPE.');
    }
    if (node.nodeType === node.PROCESSING_INSTRUCTION_NODE && node.nodeName !== 'xml') {
      refuse(
        file,
        `The SVG to export must not contain the processing instruction <?${node.nodeName}?>.`,
      );
    }
  }
  const elements = doc.getElementsByTagName('*');
  for (let i = 0; i < elements.length; i += 1) {
    const element = elements.item(i)!;
    const name = (element.localName ?? element.nodeName).toLowerCase();
    if (BANNED_ELEMENTS.has(name)) refuse(file, `The SVG to export contains a <${name}> element.`);
    for (let a = 0; a < element.attributes.length; a += 1) {
      const attribute = element.attributes.item(a)!;
      const attributeName = (attribute.localName ?? attribute.name).toLowerCase();
      if (attributeName.startsWith('on')) {
        refuse(file, `The SVG to export has an event attribute "${attribute.name}" on <${name}>.`);
      }
      const value = attribute.value.replace(SQUEEZE, '');
      if (URL_ATTRIBUTE.test(attributeName) && ACTIVE_URL.test(value)) {
        refuse(
          file,
          `The SVG to export has a script or HTML URL in "${attribute.name}" on <${name}>.`,
        );
      }
    }
  }
  return rootSize(root);
}
