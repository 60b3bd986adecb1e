/**
 * `svg` (a picture our builder drew) with `markup` inserted as the first content of its root
 * element, straight after the root's start tag; null when it has no `<svg>` start tag. Exports
 * put their additions there: the font's `<defs>` and the bundle's `<metadata>`.
 */
export function insertUnderSvgRoot(svg: string, markup: string): string | null {
  const open = /<svg\b[^>]*>/.exec(svg);
  if (open === null) return null;
  const at = open.index + open[0].length;
  return svg.slice(0, at) + markup + svg.slice(at);
}
