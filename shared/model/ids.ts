/**
 * Branded identifiers. A brand makes a diagram id and a process id different types even
 * though both are strings at run time, so one cannot be passed where the other is expected.
 */
declare const brand: unique symbol;
type Brand<T, B extends string> = T & { readonly [brand]: B };

/** A diagram's id; also the stem of its file name in `diagrams/`. */
export type DiagramId = Brand<string, 'DiagramId'>;
/** A node on one diagram. */
export type NodeId = Brand<string, 'NodeId'>;
/** An edge on one diagram. */
export type EdgeId = Brand<string, 'EdgeId'>;
/** One of the company's own processes (processes.json). */
export type ProcessId = Brand<string, 'ProcessId'>;
/** A link between a company process and a framework process (mappings.json). */
export type MappingId = Brand<string, 'MappingId'>;
/** A framework process identifier exactly as the pack spells it, e.g. `1.3.3`. */
export type FrameworkProcessId = Brand<string, 'FrameworkProcessId'>;
/** A framework pack's id, e.g. `gb921-v25.5`. */
export type PackId = Brand<string, 'PackId'>;

/** Lower-case letters, digits and single hyphens: safe as a file name on every OS. */
export const SLUG_PATTERN = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

/** Device names Windows reserves in every folder, whatever the case (`CON`, `nul`, `Com1`). */
const WINDOWS_DEVICE =
  /^(?:con|prn|aux|nul|com[1-9\u00b9\u00b2\u00b3]|lpt[1-9\u00b9\u00b2\u00b3])$/i;

/**
 * True when Windows would take `name` as a device rather than a file: a reserved device name
 * (`con`, `prn`, `aux`, `nul`, `com1`-`com9`, `lpt1`-`lpt9`, in any case), also with an extension
 * (`con.json`, `nul.tar.gz`) and with trailing dots or spaces, which Windows drops (`aux.`,
 * `com1 `, `lpt1 .txt`). Such a file cannot be created or opened there.
 */
export function isWindowsReservedName(name: string): boolean {
  const stem = name.split('.')[0] ?? '';
  return WINDOWS_DEVICE.test(stem.replace(/[. ]+$/, ''));
}

/**
 * Turns a human name into a slug (`Order to Cash` -> `order-to-cash`), never empty and never a
 * name Windows reserves (`Con` -> `con-diagram`), so it is a file name on every OS.
 */
export function slugify(name: string): string {
  const slug = name
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 60)
    .replace(/-+$/g, '');
  if (slug === '') return 'diagram';
  return isWindowsReservedName(slug) ? `${slug}-diagram` : slug;
}

/** The first slug based on `name` that is not in `taken` (`name`, `name-2`, `name-3`, ...). */
export function uniqueSlug(name: string, taken: ReadonlySet<string>): string {
  const base = slugify(name);
  if (!taken.has(base)) return base;
  for (let n = 2; ; n += 1) {
    const candidate = `${base}-${n}`;
    if (!taken.has(candidate)) return candidate;
  }
}

/** A random id with a readable prefix, e.g. `n-3f9k2x7q`. */
export function newId<T extends string>(prefix: string): T {
  const bytes = new Uint8Array(8);
  globalThis.crypto.getRandomValues(bytes);
  const body = Array.from(bytes, (b) => (b % 36).toString(36)).join('');
  return `${prefix}-${body}` as T;
}
