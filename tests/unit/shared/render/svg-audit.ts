import { DOMParser } from '@xmldom/xmldom';

/**
 * Parses an exported SVG with a real XML parser (every warning fails) and reports what a
 * security audit looks for: script and foreignObject elements, event attributes, active URLs,
 * and every text node's content, unescaped.
 */
export function auditSvg(svg: string) {
  const doc = new DOMParser({
    onError: (level, message) => {
      throw new Error(`${level}: ${message}`);
    },
  }).parseFromString(svg, 'image/svg+xml');
  const elements = doc.getElementsByTagName('*');
  let scripts = 0;
  let foreignObjects = 0;
  let eventAttributes = 0;
  let activeUrls = 0;
  for (let i = 0; i < elements.length; i += 1) {
    const element = elements.item(i)!;
    const name = element.localName!.toLowerCase();
    if (name === 'script') scripts += 1;
    if (name === 'foreignobject') foreignObjects += 1;
    for (let a = 0; a < element.attributes.length; a += 1) {
      const attribute = element.attributes.item(a)!;
      if (/^on/i.test(attribute.name)) eventAttributes += 1;
      if (
        /(^|:)(href|src)$/i.test(attribute.name) &&
        /javascript:|data:text\/html/i.test(attribute.value)
      )
        activeUrls += 1;
    }
  }
  const texts = (tag: string) =>
    Array.from({ length: doc.getElementsByTagName(tag).length }, (_, i) => {
      return doc.getElementsByTagName(tag).item(i)!.textContent ?? '';
    });
  return { doc, scripts, foreignObjects, eventAttributes, activeUrls, texts };
}
