/**
 * A label as modelling tools export it, made a name: the escape sequences some write raw
 * (`\n`, `\t`, `&#10;` already decoded by the parser into a newline) become spaces, control
 * characters go, runs of white space become one space, ends trimmed.
 */
export function cleanName(raw: string): string {
  return (
    raw
      .replace(/\\[nrt]/g, ' ')
      // Control characters (tabs, newlines, NUL…) as spaces; \p{Cc} spares a regex of raw codes.
      .replace(/[\p{Cc}\u2028\u2029]/gu, ' ')
      .replace(/\s+/g, ' ')
      .trim()
  );
}
