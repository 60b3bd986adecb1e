import { EXPORT_FONT_FAMILY } from '../../../shared/render/export-font';
import type { ExportFontFiles } from './export-font';
import { fontCodePoints } from './font-coverage';

/**
 * Which fonts resvg needs for a picture. Loading the system's fonts makes resvg scan and parse
 * every font file installed (hundreds on a desktop) on every export, and fontdb keeps them as
 * paths that it reads again for text runs; the export font alone is enough when every text of
 * the picture asks for it first and it draws every character. Anything else (the monospace
 * process ids, a script Noto Sans lacks) keeps the system's fonts as fallbacks, as before.
 */

const coverageCache = new Map<string, ReadonlySet<number>>();

/**
 * The characters every face of the export font draws (the faces share one character set); none
 * when a face cannot be read, so the system's fonts are loaded as before.
 */
export function exportFontCoverage(font: ExportFontFiles): ReadonlySet<number> {
  const files = Object.values(font);
  const key = files.join('\n');
  const known = coverageCache.get(key);
  if (known !== undefined) return known;
  let faces: ReadonlySet<number>[];
  try {
    faces = files.map(fontCodePoints);
  } catch {
    // Unreadable here means resvg cannot draw it either: keep the system's fonts (an empty set).
    faces = [];
  }
  const [first, ...others] = faces;
  const common = new Set([...(first ?? [])].filter((code) => others.every((o) => o.has(code))));
  coverageCache.set(key, common);
  return common;
}

const ENTITIES: Readonly<Record<string, string>> = {
  amp: '&',
  lt: '<',
  gt: '>',
  quot: '"',
  apos: "'",
};

/** The characters of an element's text content, with XML's character references decoded. */
function decodeText(content: string): string {
  return content.replace(/&(#x[0-9a-fA-F]+|#[0-9]+|[a-z]+);/g, (whole, name: string) => {
    if (name.startsWith('#x')) return String.fromCodePoint(parseInt(name.slice(2), 16));
    if (name.startsWith('#')) return String.fromCodePoint(parseInt(name.slice(1), 10));
    return ENTITIES[name] ?? whole;
  });
}

/** XML white space: laid out as spaces, which the export font has. */
const XML_SPACE = new Set([0x20, 0x09, 0x0a, 0x0d]);

/**
 * True when drawing `svg` (already checked by `checkSvg`, so `<text>` holds text only) needs
 * fonts other than the export font: a `font-family` list that does not start with it, or a
 * character of a `<text>` that `covered` (`exportFontCoverage`) lacks. Errs towards true: a
 * `<text>` it cannot read counts as needing them.
 */
export function needsSystemFonts(svg: string, covered: ReadonlySet<number>): boolean {
  for (const family of svg.matchAll(/\sfont-family="([^"]*)"/g)) {
    const first = (family[1] ?? '').split(',')[0]?.trim();
    if (first !== EXPORT_FONT_FAMILY) return true;
  }
  const texts = [...svg.matchAll(/<text\b[^>]*>([^<]*)<\/text>/g)];
  if (texts.length !== (svg.match(/<text\b/g) ?? []).length) return true;
  for (const text of texts) {
    for (const char of decodeText(text[1] ?? '')) {
      const code = char.codePointAt(0) ?? 0;
      if (!XML_SPACE.has(code) && !covered.has(code)) return true;
    }
  }
  return false;
}
