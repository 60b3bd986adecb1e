import { SaxesParser, type SaxesTagPlain } from 'saxes';

/**
 * An export SVG read into the little of the DOM its readers use (the check, the PNG draw list,
 * the PDF translator), with saxes: a strict XML parser that knows no entity but XML's own five
 * and builds nothing it is not asked to. A DOM parser costs four times as long on a
 * 5,000-node picture and leaves a tree several times the size, which the garbage collector
 * walks again while the picture is drawn.
 *
 * Namespaces are resolved here, with a stack of bindings per prefix: saxes's own resolution
 * chains a scope per open element, and a file nested 50,000 deep took it 25 seconds.
 *
 * Markup an export never has (a DOCTYPE, comments, CDATA, processing instructions) stops the
 * reading at once with `SvgTreeError`, as does anything that is not well-formed XML.
 */

export const XMLNS_NAMESPACE = 'http://www.w3.org/2000/xmlns/';
const XML_NAMESPACE = 'http://www.w3.org/XML/1998/namespace';

/** Why an SVG could not be read: `problem` completes "The SVG to export …". */
export class SvgTreeError extends Error {
  constructor(
    readonly problem: string,
    readonly line: number,
    readonly column: number,
  ) {
    super(`The SVG to export ${problem} (line ${line}, column ${column})`);
  }
}

/** An attribute, as the DOM gives it. */
export class SvgTreeAttribute {
  constructor(
    readonly name: string,
    readonly localName: string,
    readonly prefix: string | null,
    readonly namespaceURI: string | null,
    readonly value: string,
  ) {}
}

/**
 * An element's attributes in document order. The values stay in the parser's own record (one
 * object an element, where a DOM keeps one per attribute); the DOM's view of an attribute is
 * made when asked for, and kept only for the few that have a namespace.
 */
export class SvgTreeAttributes {
  constructor(
    /** Every attribute's value by qualified name (no prototype). */
    readonly values: Readonly<Record<string, string>>,
    /** The attributes with a prefix or a namespace, by qualified name; null when none has. */
    private readonly namespaced: ReadonlyMap<string, SvgTreeAttribute> | null,
  ) {}

  /** Every attribute, as the DOM gives it. */
  list(): SvgTreeAttribute[] {
    const list: SvgTreeAttribute[] = [];
    for (const name in this.values) {
      list.push(
        this.namespaced?.get(name) ??
          new SvgTreeAttribute(name, name, null, null, this.values[name]!),
      );
    }
    return list;
  }

  /** The value of the attribute named `name` (qualified name), or null. */
  named(name: string): string | null {
    return this.values[name] ?? null;
  }
}

/** A run of text. */
export class SvgTreeText {
  readonly nodeType = 3;
  readonly nodeName = '#text';
  readonly localName = null;
  readonly namespaceURI = null;
  readonly prefix = null;
  readonly firstChild = null;
  nextSibling: SvgTreeNode | null = null;
  constructor(readonly nodeValue: string) {}
}

/** An element: its names, attributes and children. */
export class SvgTreeElement {
  readonly nodeType = 1;
  readonly nodeValue = null;
  firstChild: SvgTreeNode | null = null;
  nextSibling: SvgTreeNode | null = null;
  /** The last child so far, so that appending is O(1) while the tree is read. */
  private lastChild: SvgTreeNode | null = null;

  constructor(
    readonly nodeName: string,
    readonly localName: string,
    readonly prefix: string | null,
    readonly namespaceURI: string | null,
    readonly attributes: SvgTreeAttributes,
  ) {}

  getAttribute(name: string): string | null {
    return this.attributes.named(name);
  }

  append(child: SvgTreeNode): void {
    if (this.lastChild === null) this.firstChild = child;
    else this.lastChild.nextSibling = child;
    this.lastChild = child;
  }
}

export type SvgTreeNode = SvgTreeElement | SvgTreeText;

/** The namespaces in scope: a stack of bindings per prefix ('' is the default namespace). */
class NamespaceScope {
  private readonly bindings = new Map<string, Array<string | null>>([['xml', [XML_NAMESPACE]]]);

  /** The namespace `prefix` is bound to; undefined when it is not declared. */
  lookup(prefix: string): string | null | undefined {
    const stack = this.bindings.get(prefix);
    if (stack !== undefined && stack.length > 0) return stack.at(-1);
    // No default namespace is no namespace; an undeclared prefix is an error.
    return prefix === '' ? null : undefined;
  }

  bind(prefix: string, namespace: string | null): void {
    const stack = this.bindings.get(prefix);
    if (stack === undefined) this.bindings.set(prefix, [namespace]);
    else stack.push(namespace);
  }

  unbind(prefixes: readonly string[]): void {
    for (const prefix of prefixes) this.bindings.get(prefix)!.pop();
  }
}

/** A qualified name's prefix and local part; null when it has more than one colon or an empty part. */
function splitName(name: string): [string, string] | null {
  const colon = name.indexOf(':');
  if (colon === -1) return ['', name];
  const local = name.slice(colon + 1);
  if (colon === 0 || local === '' || local.includes(':')) return null;
  return [name.slice(0, colon), local];
}

/** An open element: its node and the prefixes it declared, unbound when it closes. */
interface OpenElement {
  element: SvgTreeElement;
  declared: string[];
}

/**
 * A qualified name resolved in `scope`: its prefix, local part and namespace (an unprefixed
 * attribute has none, an unprefixed element the default one), or the problem with it.
 */
function resolveName(
  scope: NamespaceScope,
  name: string,
  what: 'element' | 'attribute',
): [string | null, string, string | null] | string {
  const parts = splitName(name);
  if (parts === null) return `the ${what} name "${name}" is not a qualified name`;
  const [prefix, local] = parts;
  if (prefix === '') return [null, local, what === 'element' ? (scope.lookup('') ?? null) : null];
  if (prefix === 'xmlns') return `the ${what} name "${name}" uses the reserved prefix xmlns`;
  const namespace = scope.lookup(prefix);
  if (namespace === undefined || namespace === null) {
    return `the prefix "${prefix}" of <${name}> is not declared`;
  }
  return [prefix, local, namespace];
}

/**
 * Binds the namespace declaration `name`="`value`" (`xmlns` or `xmlns:p`) in `scope`; the
 * prefix it bound ('' for the default namespace), or the problem with it.
 */
function declare(scope: NamespaceScope, name: string, value: string): { prefix: string } | string {
  const prefix = name === 'xmlns' ? '' : name.slice(6);
  if (prefix !== '' && (prefix.includes(':') || name === 'xmlns:')) {
    return `"${name}" is not a namespace declaration`;
  }
  if (prefix !== '' && value === '') return `${name} declares an empty namespace`;
  const reserved =
    value === XMLNS_NAMESPACE ||
    prefix === 'xmlns' ||
    (prefix === 'xml') !== (value === XML_NAMESPACE);
  if (reserved) return `${name}="${value}" is reserved`;
  scope.bind(prefix, value === '' ? null : value);
  return { prefix };
}

/**
 * The attributes of `tag` that declare a namespace or have a prefix, as the DOM sees them,
 * each declaration bound in `scope` and its prefix added to `declared`; null when there are
 * none (most elements), or the problem with one.
 */
function namespacedAttributes(
  tag: SaxesTagPlain,
  scope: NamespaceScope,
  declared: string[],
): Map<string, SvgTreeAttribute> | null | string {
  const special: string[] = [];
  for (const name in tag.attributes) if (name.includes(':') || name === 'xmlns') special.push(name);
  if (special.length === 0) return null;
  const namespaced = new Map<string, SvgTreeAttribute>();
  // Declarations first: a prefixed attribute may use a prefix declared after it.
  for (const name of special) {
    if (name !== 'xmlns' && !name.startsWith('xmlns:')) continue;
    const value = tag.attributes[name]!;
    const bound = declare(scope, name, value);
    if (typeof bound === 'string') return bound;
    declared.push(bound.prefix);
    // The DOM's view of a declaration: `xmlns` has no prefix, `xmlns:p` has xmlns.
    const local = bound.prefix === '' ? name : bound.prefix;
    const prefix = bound.prefix === '' ? null : 'xmlns';
    namespaced.set(name, new SvgTreeAttribute(name, local, prefix, XMLNS_NAMESPACE, value));
  }
  const expanded = new Set<string>();
  for (const name of special) {
    if (namespaced.has(name)) continue;
    const resolved = resolveName(scope, name, 'attribute');
    if (typeof resolved === 'string') return resolved;
    const [prefix, local, namespace] = resolved;
    const key = `${namespace} ${local}`;
    if (expanded.has(key)) return `<${tag.name}> has the attribute {${namespace}}${local} twice`;
    expanded.add(key);
    namespaced.set(
      name,
      new SvgTreeAttribute(name, local, prefix, namespace, tag.attributes[name]!),
    );
  }
  return namespaced;
}

/**
 * The element of `tag` with its namespaces resolved (Namespaces in XML 1.0): binds what it
 * declares in `scope`, and returns the problem (for "is not well-formed XML: …") when a name
 * or a declaration breaks the rules.
 */
function elementOf(tag: SaxesTagPlain, scope: NamespaceScope): OpenElement | string {
  const declared: string[] = [];
  const namespaced = namespacedAttributes(tag, scope, declared);
  if (typeof namespaced === 'string') return namespaced;
  const resolved = resolveName(scope, tag.name, 'element');
  if (typeof resolved === 'string') return resolved;
  const [prefix, local, namespace] = resolved;
  const attributes = new SvgTreeAttributes(tag.attributes, namespaced);
  return { element: new SvgTreeElement(tag.name, local, prefix, namespace, attributes), declared };
}

/**
 * Reads `svg` into its root element; throws `SvgTreeError` for what is not well-formed XML or
 * holds a DOCTYPE, a comment, a CDATA section or a processing instruction.
 */
export function readSvgTree(svg: string): SvgTreeElement {
  const parser = new SaxesParser<{ xmlns: false; position: true }>({
    xmlns: false,
    position: true,
  });
  const refuse = (problem: string): never => {
    throw new SvgTreeError(problem, parser.line, parser.column + 1);
  };
  const scope = new NamespaceScope();
  const open: OpenElement[] = [];
  let root: SvgTreeElement | null = null;
  parser.on('error', (error) => {
    // saxes prefixes its messages with the position, which SvgTreeError gives its own way.
    refuse(`is not well-formed XML: ${error.message.replace(/^[^:]*:\d+:\d+: /, '')}`);
  });
  parser.on('doctype', () => refuse('has a DOCTYPE'));
  parser.on('comment', () => refuse('has a comment (<!--)'));
  parser.on('cdata', () => refuse('has a CDATA section (<![CDATA[)'));
  parser.on('processinginstruction', ({ target }) =>
    refuse(`has the processing instruction <?${target}?>`),
  );
  parser.on('opentag', (tag) => {
    const opened = elementOf(tag, scope);
    if (typeof opened === 'string') return refuse(`is not well-formed XML: ${opened}`);
    const parent = open.at(-1);
    if (parent === undefined) root = opened.element;
    else parent.element.append(opened.element);
    open.push(opened);
  });
  parser.on('closetag', () => {
    scope.unbind(open.pop()!.declared);
  });
  parser.on('text', (text) => {
    // saxes refuses text outside the root itself, except blanks, which are nobody's.
    open.at(-1)?.element.append(new SvgTreeText(text));
  });
  parser.write(svg).close();
  return root ?? refuse('has no root element');
}
