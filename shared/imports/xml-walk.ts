import type { XmlElement } from '../codecs/xml/safe-xml';

/** Every element under `root` (itself included) in document order, without recursion. */
export function* descendants(root: XmlElement): Generator<XmlElement> {
  const pending = [root];
  for (let next = pending.pop(); next !== undefined; next = pending.pop()) {
    yield next;
    for (let i = next.children.length - 1; i >= 0; i -= 1) pending.push(next.children[i]!);
  }
}

/** The children of `element` in namespace `ns`, with one of the local names given (any when none). */
export function childrenIn(element: XmlElement, ns: string, ...locals: string[]): XmlElement[] {
  return element.children.filter(
    (child) => child.ns === ns && (locals.length === 0 || locals.includes(child.local)),
  );
}

/** A number attribute, or null when missing or not a finite number. */
export function numberAttribute(value: string | null): number | null {
  if (value === null || value.trim() === '') return null;
  const number = Number(value);
  return Number.isFinite(number) ? number : null;
}
