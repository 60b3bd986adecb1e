import { attributeOf, type XmlElement } from '../codecs/xml/safe-xml';

/** The XML Schema instance namespace, of the `xsi:type` every exchange element has. */
export const XSI_NS = 'http://www.w3.org/2001/XMLSchema-instance';

/** The text of a `<name>`-like child: the first with no language or English, else the first. */
export function textOf(element: XmlElement, local: string, ns: string): string {
  const all = element.children.filter((c) => c.local === local && c.ns === ns);
  const lang = (c: XmlElement) => attributeOf(c, 'lang', 'http://www.w3.org/XML/1998/namespace');
  const chosen = all.find((c) => lang(c) === null || lang(c)?.startsWith('en')) ?? all[0];
  return chosen?.text ?? '';
}
