/**
 * Control characters, and the invisible ones that reorder or hide text (bidirectional overrides
 * and isolates, marks, zero-width characters): in a file name a newline forges a second line of
 * a message, and U+202E shows `txt.exe` as `exe.txt`.
 */
// eslint-disable-next-line no-control-regex -- finding control characters is its purpose
const HIDDEN = /[\u0000-\u001f\u007f-\u009f\u061c\u200b-\u200f\u202a-\u202e\u2060-\u2069\ufeff]/gu;

/** `name` as a message shows it: each hidden character written as `\u{…}`, the rest as is. */
export function shownName(name: string): string {
  return name.replace(
    HIDDEN,
    (char) => `\\u{${char.codePointAt(0)!.toString(16).toUpperCase().padStart(4, '0')}}`,
  );
}
