import { useEffect, useRef } from 'react';
import { useStoreApi, type ReactFlowState } from '@xyflow/react';
import { boxesOf } from './sketch-boxes';
import { drawOnViewChange } from '../draw-on-view-change';
import type { ElementNode } from '../to-flow';
import { sketchPicture, type SketchBox, type SketchPicture } from './sketch-picture';

type State = ReactFlowState<ElementNode>;

interface Props {
  /** Every connection of the diagram (React Flow holds only those between live nodes). */
  edges: readonly { source: string; target: string }[];
  /** The diagram's selected nodes: those drawn on the sketch are outlined. */
  selected: ReadonlySet<string>;
}

/** The view: flow coordinates to device pixels, and the part of the diagram on screen. */
interface View {
  scale: number;
  dx: number;
  dy: number;
  left: number;
  top: number;
  right: number;
  bottom: number;
}

function inView(b: SketchBox, v: View): boolean {
  return b.x < v.right && b.x + b.width > v.left && b.y < v.bottom && b.y + b.height > v.top;
}

/**
 * Adds the boxes in view to the current path as rectangles on whole device pixels (crisp, and
 * filled without anti-aliasing, the cheapest a software canvas draws). A node under two pixels
 * still shows as two.
 */
function addBoxes(context: CanvasRenderingContext2D, boxes: readonly SketchBox[], v: View) {
  for (const b of boxes) {
    if (!inView(b, v)) continue;
    const x = Math.round(b.x * v.scale + v.dx);
    const y = Math.round(b.y * v.scale + v.dy);
    context.rect(
      x,
      y,
      Math.max(2, Math.round((b.x + b.width) * v.scale + v.dx) - x),
      Math.max(2, Math.round((b.y + b.height) * v.scale + v.dy) - y),
    );
  }
}

/** Adds the connections crossing the view to the current path, in device pixels. */
function addLines(context: CanvasRenderingContext2D, lines: readonly number[], v: View) {
  for (let i = 0; i + 3 < lines.length; i += 4) {
    const x1 = lines[i] ?? 0;
    const y1 = lines[i + 1] ?? 0;
    const x2 = lines[i + 2] ?? 0;
    const y2 = lines[i + 3] ?? 0;
    if (Math.max(x1, x2) < v.left || Math.min(x1, x2) > v.right) continue;
    if (Math.max(y1, y2) < v.top || Math.min(y1, y2) > v.bottom) continue;
    context.moveTo(Math.round(x1 * v.scale + v.dx) + 0.5, Math.round(y1 * v.scale + v.dy) + 0.5);
    context.lineTo(Math.round(x2 * v.scale + v.dx) + 0.5, Math.round(y2 * v.scale + v.dy) + 0.5);
  }
}

/**
 * The sketch of a zoomed-out large diagram (`sketch-mode.ts`): the nodes React Flow holds
 * hidden, as rectangles coloured by kind, and their connections as lines, on one <canvas>
 * under the live elements. The picture is made once per change of the nodes; a pan or zoom
 * draws what of it is in view again, at most once a frame, in device pixels.
 */
export function SketchLayer({ edges, selected }: Props) {
  const store = useStoreApi<ElementNode>();
  const canvas = useRef<HTMLCanvasElement>(null);

  useEffect(() => {
    let picture: SketchPicture | null = null;
    let pictureFor: State['nodes'] | null = null;
    let colours: { border: string; edge: string; accent: string } | null = null;
    let coloursFor = '';
    const draw = () => {
      const target = canvas.current;
      const context = target?.getContext('2d');
      if (!target || !context) return;
      const state = store.getState();
      if (!picture || pictureFor !== state.nodes) {
        const hidden = new Set<string>();
        for (const node of state.nodeLookup.values()) if (node.hidden) hidden.add(node.id);
        picture = sketchPicture(boxesOf(state), edges, (id) => hidden.has(id), selected);
        pictureFor = state.nodes;
      }
      const ratio = window.devicePixelRatio || 1;
      const width = Math.round(state.width * ratio);
      const height = Math.round(state.height * ratio);
      if (target.width !== width) target.width = width;
      if (target.height !== height) target.height = height;
      context.clearRect(0, 0, width, height);
      const [x, y, zoom] = state.transform;
      const view: View = {
        scale: ratio * zoom,
        dx: ratio * x,
        dy: ratio * y,
        left: -x / zoom,
        top: -y / zoom,
        right: (state.width - x) / zoom,
        bottom: (state.height - y) / zoom,
      };
      // Read once per theme (<html data-theme>): reading styles in every frame would force a
      // style recalculation of the page in the middle of it.
      const theme = document.documentElement.dataset.theme ?? '';
      if (!colours || coloursFor !== theme) {
        const style = getComputedStyle(target);
        const colour = (name: string, fallback: string) =>
          style.getPropertyValue(name).trim() || fallback;
        colours = {
          border: colour('--border-strong', '#b9c3cf'),
          edge: colour('--edge', '#6d7b8a'),
          accent: colour('--accent', '#0b5fa5'),
        };
        coloursFor = theme;
      }
      context.lineWidth = ratio;
      context.beginPath();
      addBoxes(context, picture.containers, view);
      context.fillStyle = 'rgba(140, 160, 180, 0.16)';
      context.fill();
      context.strokeStyle = colours.border;
      context.stroke();
      context.beginPath();
      addLines(context, picture.lines, view);
      context.strokeStyle = colours.edge;
      context.stroke();
      for (const [fill, boxes] of picture.fills) {
        context.beginPath();
        addBoxes(context, boxes, view);
        context.fillStyle = fill;
        context.fill();
      }
      if (picture.selected.length > 0) {
        context.beginPath();
        addBoxes(context, picture.selected, view);
        context.lineWidth = 2 * ratio;
        context.strokeStyle = colours.accent;
        context.stroke();
      }
    };
    return drawOnViewChange(store, draw);
  }, [store, edges, selected]);

  return <canvas ref={canvas} className="canvas-sketch" aria-hidden="true" />;
}
