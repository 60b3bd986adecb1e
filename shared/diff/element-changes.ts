import { sameJson } from '../merge/same-json';

/** What a field's change is called in a diff, by field name; others are "changed <field>". */
const FIELD_WORDS: Record<string, string> = {
  label: 'renamed',
  text: 'renamed',
  name: 'renamed',
  x: 'moved',
  y: 'moved',
  parentId: 'moved',
  order: 'moved',
  width: 'resized',
  height: 'resized',
  style: 'restyled',
  z: 'restacked',
  alignment: 're-aligned',
  status: 'status changed',
  target: 'retargeted',
};

/** The changed fields of one element, as words without repeats ("renamed", "moved"), renames first. */
export function changeWords(before: object, after: object): string[] {
  const a = before as Record<string, unknown>;
  const b = after as Record<string, unknown>;
  const keys = new Set([...Object.keys(a), ...Object.keys(b)]);
  const words = new Set<string>();
  for (const key of keys) {
    if (!sameJson(a[key], b[key])) words.add(FIELD_WORDS[key] ?? `changed ${key}`);
  }
  // In the order of FIELD_WORDS' values (renamed, moved, ...), then the others by name.
  const order = [...new Set(Object.values(FIELD_WORDS))];
  const rank = (word: string): number => {
    const index = order.indexOf(word);
    return index < 0 ? order.length : index;
  };
  return [...words].sort((a, b) => rank(a) - rank(b) || (a < b ? -1 : a > b ? 1 : 0));
}
