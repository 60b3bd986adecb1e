import { XML_IMPORT_LIMITS, attributeOf, parseXml } from '../codecs/xml/safe-xml';
import { XmlError } from '../codecs/xml/xml-error';
import { HostFailure } from '../ipc/errors';
import { insertUnderSvgRoot } from '../render/svg-root-insert';
import { SVG_NAMESPACE } from '../render/svg-vocabulary';
import { BUNDLE_FORMAT } from './bundle-schema';

/**
 * A diagram's bundle inside an exported SVG: one `<metadata id="etom-studio.bundle">` straight
 * under the root, holding the bundle's JSON as escaped text (the one metadata the export
 * vocabulary allows), so that a picture sent by mail reopens as an editable diagram.
 */

/** The id of the metadata element (and the keyword of a PNG's text chunk) that holds a bundle. */
export const PICTURE_BUNDLE_KEYWORD = BUNDLE_FORMAT;

/** Text escaped for XML character data. */
const escapeText = (text: string) =>
  text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

/**
 * `svg` (an export our builder drew) with `bundleJson` embedded as its metadata. U+FFFE and
 * U+FFFF, which JSON keeps raw but XML forbids, are written as JSON escapes (they can only occur
 * inside JSON strings, where the escape means the same character).
 */
export function embedBundleInSvg(svg: string, bundleJson: string): string {
  const json = bundleJson
    .trim()
    .replace(/[\uFFFE\uFFFF]/g, (c) => `\\u${c.charCodeAt(0).toString(16)}`);
  const metadata = `<metadata id="${PICTURE_BUNDLE_KEYWORD}">${escapeText(json)}</metadata>`;
  const embedded = insertUnderSvgRoot(svg, metadata);
  if (embedded === null) throw new Error('embedBundleInSvg: no <svg> root');
  return embedded;
}

/**
 * The bundle JSON embedded in an SVG file's text; null when it holds none. The file is parsed
 * safely (no DOCTYPE or entities, size and depth limits); a file that is not an SVG, or holds two
 * bundles, is refused with a HostFailure naming `file`.
 */
export function bundleJsonOfSvg(text: string, file: string, maxChars: number): string | null {
  let root;
  try {
    root = parseXml(text, file, { ...XML_IMPORT_LIMITS, maxChars }).root;
  } catch (error) {
    if (!(error instanceof XmlError)) throw error;
    throw new HostFailure({ code: 'SCHEMA_ERROR', message: error.message, file });
  }
  if (root.local !== 'svg' || root.ns !== SVG_NAMESPACE) {
    throw new HostFailure({
      code: 'SCHEMA_ERROR',
      message: `${file}: is not an SVG picture (its root is <${root.local}>).`,
      file,
    });
  }
  const found = root.children.filter(
    (child) =>
      child.local === 'metadata' &&
      child.ns === SVG_NAMESPACE &&
      attributeOf(child, 'id') === PICTURE_BUNDLE_KEYWORD,
  );
  if (found.length > 1) {
    throw new HostFailure({
      code: 'SCHEMA_ERROR',
      message: `${file}: holds ${found.length} embedded diagram bundles; expected one.`,
      file,
    });
  }
  return found[0]?.text ?? null;
}
