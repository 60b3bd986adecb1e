import { DOMParser } from '@xmldom/xmldom';
import { decodeXmlBytes } from './xml-bytes';
import { XmlError, type XmlPlace } from './xml-error';
import { prescanXml, type XmlLimits } from './xml-prescan';

/** One attribute: its local name, namespace (null when none) and value. */
export interface XmlAttribute {
  local: string;
  ns: string | null;
  value: string;
}

/**
 * An element as imports read it: a plain tree (no DOM, so it crosses the host contract and
 * walks without a parser's quirks), with its place in the file for messages.
 */
export interface XmlElement {
  local: string;
  ns: string | null;
  attributes: XmlAttribute[];
  children: XmlElement[];
  /** Its own text (text and CDATA children, joined), untrimmed. */
  text: string;
  place: XmlPlace;
}

/** A parsed file: its root element and the notes of its reading (encoding fixed on the way). */
export interface XmlDocument {
  root: XmlElement;
  notes: string[];
}

/** The limits of imports: 50 MB of text, 200 levels, half a million elements. */
export const XML_IMPORT_LIMITS: XmlLimits = {
  maxChars: 50 * 1024 * 1024,
  maxDepth: 200,
  maxElements: 500_000,
};

interface DomNode {
  nodeType: number;
  localName?: string | null;
  nodeName: string;
  namespaceURI?: string | null;
  nodeValue: string | null;
  lineNumber?: number;
  columnNumber?: number;
  firstChild: DomNode | null;
  nextSibling: DomNode | null;
  attributes?: {
    length: number;
    item(i: number): {
      localName: string | null;
      name: string;
      namespaceURI: string | null;
      value: string;
    } | null;
  };
}

const ELEMENT = 1;
const TEXT = 3;
const CDATA = 4;

/**
 * Parses the bytes (or text) of an XML file safely: encoding sorted out first
 * (`decodeXmlBytes`), then DOCTYPE / ENTITY declarations refused and size, depth and element
 * count checked before any tree is built (`prescanXml`), then @xmldom/xmldom with every
 * warning or error fatal. Throws an XmlError naming the file, line and column.
 */
export function parseXml(
  input: Uint8Array | string,
  file: string,
  limits: XmlLimits = XML_IMPORT_LIMITS,
): XmlDocument {
  if (typeof input !== 'string' && input.length > limits.maxChars * 4) {
    throw new XmlError(file, `is larger than ${limits.maxChars.toLocaleString('en')} characters`);
  }
  const { text, notes } =
    typeof input === 'string' ? { text: input, notes: [] } : decodeXmlBytes(input, file);
  prescanXml(text, file, limits);
  let doc;
  let failure: XmlError | null = null;
  try {
    doc = new DOMParser({
      onError: (
        _level,
        message,
        context: { locator?: { lineNumber?: number; columnNumber?: number } },
      ) => {
        const line = context?.locator?.lineNumber;
        const column = context?.locator?.columnNumber;
        failure = new XmlError(
          file,
          `is not well-formed XML: ${message.split('\n')[0]!.trim()}`,
          line !== undefined && column !== undefined ? { line, column } : undefined,
        );
        throw failure;
      },
    }).parseFromString(text, 'application/xml');
  } catch (error) {
    throw failure ?? new XmlError(file, `is not well-formed XML: ${String(error).split('\n')[0]}`);
  }
  const root = doc.documentElement as unknown as DomNode | null;
  if (root === null) throw new XmlError(file, 'has no root element');
  return { root: plainTree(root), notes };
}

/** The DOM as plain elements, without recursion (depth is bounded, but the stack need not be). */
function plainTree(root: DomNode): XmlElement {
  const convert = (node: DomNode): XmlElement => {
    const attributes: XmlAttribute[] = [];
    const list = node.attributes;
    for (let i = 0; list !== undefined && i < list.length; i += 1) {
      const attribute = list.item(i);
      if (attribute === null) continue;
      attributes.push({
        local: attribute.localName ?? attribute.name,
        ns: attribute.namespaceURI,
        value: attribute.value,
      });
    }
    return {
      local: node.localName ?? node.nodeName,
      ns: node.namespaceURI ?? null,
      attributes,
      children: [],
      text: '',
      place: { line: node.lineNumber ?? 0, column: node.columnNumber ?? 0 },
    };
  };
  const top = convert(root);
  const pending: Array<[DomNode, XmlElement]> = [[root, top]];
  for (let next = pending.pop(); next !== undefined; next = pending.pop()) {
    const [node, element] = next;
    for (let child = node.firstChild; child !== null; child = child.nextSibling) {
      if (child.nodeType === ELEMENT) {
        const plain = convert(child);
        element.children.push(plain);
        pending.push([child, plain]);
      } else if (child.nodeType === TEXT || child.nodeType === CDATA) {
        element.text += child.nodeValue ?? '';
      }
    }
  }
  return top;
}

/** The value of the attribute `local` (in namespace `ns`, or in none when omitted), or null. */
export function attributeOf(
  element: XmlElement,
  local: string,
  ns: string | null = null,
): string | null {
  return element.attributes.find((a) => a.local === local && a.ns === ns)?.value ?? null;
}
