/**
 * An exported SVG file's text without the export font main embeds in it (`svg-font.ts`: one
 * `<defs><style>` of `@font-face` rules near the top, after the root's start tag and any
 * embedded diagram): the picture as the renderer drew it, for comparing with what it drew and
 * checking against the export vocabulary.
 */
export function withoutEmbeddedFont(svg: string): string {
  return svg.replace(/<defs><style>@font-face[^<]*<\/style><\/defs>/, '');
}
