/** The little of xmldom's DOM the PDF translator reads (node types are fixed by the standard). */
export interface SvgDomNode {
  nodeType: number;
  nodeName: string;
  nodeValue: string | null;
  firstChild: SvgDomNode | null;
  nextSibling: SvgDomNode | null;
}

export interface SvgDomElement extends SvgDomNode {
  localName: string | null;
  namespaceURI: string | null;
  attributes: {
    length: number;
    item(index: number): { name: string; value: string; namespaceURI: string | null } | null;
  };
  getAttribute(name: string): string | null;
}
