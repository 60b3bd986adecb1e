/**
 * Text made safe for XML 1.0: characters XML cannot hold are dropped, markup characters are
 * escaped. Every string that reaches an exported SVG goes through here, so a process name like
 * `</text><script>` is drawn as those characters and never becomes markup.
 */

// XML 1.0 allows tab, newline, carriage return, U+0020-U+D7FF, U+E000-U+FFFD and the astral
// planes. With the `u` flag a lone surrogate is one code point in D800-DFFF, so it is dropped too.
const NOT_XML_CHAR = /[^\t\n\r\u0020-\uD7FF\uE000-\uFFFD\u{10000}-\u{10FFFF}]/gu;

/** Removes NUL, the other C0 controls (except tab, newline, CR), lone surrogates, U+FFFE/FFFF. */
export function stripInvalidXmlChars(text: string): string {
  return text.replace(NOT_XML_CHAR, '');
}

/** Escapes text content: `& < > " '` become entities; CR is kept as `&#13;` (parsers fold it). */
export function escapeXmlText(text: string): string {
  return stripInvalidXmlChars(text)
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/'/g, '&apos;')
    .replace(/\r/g, '&#13;');
}

/** Escapes an attribute value; tab and line breaks too, which a parser would fold into spaces. */
export function escapeXmlAttribute(text: string): string {
  return escapeXmlText(text).replace(/\t/g, '&#9;').replace(/\n/g, '&#10;');
}
