/**
 * The colour of each kind of node where nodes are drawn as plain rectangles (the overview and
 * the sketch of a zoomed-out large diagram): the same family as the nodes on the canvas.
 */
export const KIND_COLOURS: Readonly<Record<string, string>> = {
  box: '#9fb8d6',
  note: '#eadb8f',
  text: '#c9d1da',
  framework: '#7fb0dc',
  process: '#7cc5bd',
  group: '#dfe5ec',
};

/** The colour of a node of a kind not listed. */
export const OTHER_KIND_COLOUR = '#b8c2cc';

/** The rectangle colour of a node of `kind`. */
export function kindColour(kind: string | undefined): string {
  return KIND_COLOURS[kind ?? 'box'] ?? OTHER_KIND_COLOUR;
}
