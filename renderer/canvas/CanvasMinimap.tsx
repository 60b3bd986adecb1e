import { useCallback, useEffect, useRef, type PointerEvent } from 'react';
import { Panel, useReactFlow, useStoreApi, type ReactFlowState } from '@xyflow/react';
import { kindColour } from './kind-colours';
import { drawOnViewChange } from './draw-on-view-change';
import type { ElementNode } from './to-flow';
import { toggleViewPref, useViewPrefs } from './view-prefs';
import { boundsOf, type Rect } from '../../shared/model/rect';
import {
  centredOn,
  fitFrame,
  fromMinimap,
  sameFrame,
  toMinimap,
  viewRect,
  type MinimapFrame,
} from './minimap-geometry';

const WIDTH = 200;
const HEIGHT = 140;

type State = ReactFlowState<ElementNode>;

/** Every node's rectangle in flow coordinates (absolute, so group members land right). */
function nodeRects(state: State): { rect: Rect; kind: string }[] {
  const rects: { rect: Rect; kind: string }[] = [];
  // Hidden nodes are the ones drawn on the sketch of a zoomed-out large diagram: still there.
  for (const node of state.nodeLookup.values()) {
    const { x, y } = node.internals.positionAbsolute;
    rects.push({
      rect: {
        x,
        y,
        width: node.measured.width ?? node.width ?? 0,
        height: node.measured.height ?? node.height ?? 0,
      },
      kind: node.type ?? 'box',
    });
  }
  return rects;
}

interface Layer {
  /** The node list the rectangles were taken from. */
  nodes: State['nodes'];
  rects: { rect: Rect; kind: string }[];
  bounds: Rect | null;
  /** The frame the picture was drawn in, and the picture. */
  frame: MinimapFrame | null;
  picture: HTMLCanvasElement | null;
}

/** Draws the nodes once into an offscreen layer, one path per colour. */
function drawNodes(
  rects: readonly { rect: Rect; kind: string }[],
  frame: MinimapFrame,
  ratio: number,
) {
  const layer = document.createElement('canvas');
  layer.width = WIDTH * ratio;
  layer.height = HEIGHT * ratio;
  const context = layer.getContext('2d');
  if (!context) return layer;
  context.scale(ratio, ratio);
  const paths = new Map<string, Path2D>();
  for (const { rect, kind } of rects) {
    const colour = kindColour(kind);
    let path = paths.get(colour);
    if (!path) paths.set(colour, (path = new Path2D()));
    const r = toMinimap(rect, frame);
    // At least a pixel, so a small node far out still shows.
    path.rect(r.x, r.y, Math.max(1, r.width), Math.max(1, r.height));
  }
  for (const [colour, path] of paths) {
    context.fillStyle = colour;
    context.fill(path);
  }
  return layer;
}

/**
 * The diagram's overview: every node as a rectangle coloured by kind and the part the pane
 * shows, drawn on one <canvas> at most once a frame when the nodes or the view change (React
 * Flow's MiniMap renders an SVG element with its own store subscription per node: at 5,000
 * nodes most of the page's DOM and half its heap). Click or drag on it to move the view there;
 * it can be hidden, and remembers that.
 */
export function CanvasMinimap() {
  const store = useStoreApi<ElementNode>();
  const flow = useReactFlow<ElementNode>();
  const canvas = useRef<HTMLCanvasElement>(null);
  const frameRef = useRef<MinimapFrame | null>(null);
  const hidden = !useViewPrefs((prefs) => prefs.minimap);

  useEffect(() => {
    if (hidden) return;
    let layer: Layer | null = null;
    const draw = () => {
      const target = canvas.current;
      const context = target?.getContext('2d');
      if (!target || !context) return;
      const state = store.getState();
      const ratio = window.devicePixelRatio || 1;
      if (!layer || layer.nodes !== state.nodes) {
        const rects = nodeRects(state);
        const bounds = boundsOf(rects.map((r) => r.rect));
        layer = { nodes: state.nodes, rects, bounds, frame: null, picture: null };
      }
      const view = viewRect(state.transform, state.width, state.height);
      const frame = fitFrame(boundsOf(layer.bounds ? [view, layer.bounds] : [view]) ?? view, {
        width: WIDTH,
        height: HEIGHT,
      });
      frameRef.current = frame;
      // The nodes are drawn again only when they or the frame changed; a pan inside the
      // diagram's bounds only moves the view's outline.
      if (!layer.picture || !sameFrame(layer.frame, frame)) {
        layer.picture = drawNodes(layer.rects, frame, ratio);
        layer.frame = frame;
      }
      if (target.width !== WIDTH * ratio) target.width = WIDTH * ratio;
      if (target.height !== HEIGHT * ratio) target.height = HEIGHT * ratio;
      context.setTransform(ratio, 0, 0, ratio, 0, 0);
      context.clearRect(0, 0, WIDTH, HEIGHT);
      context.drawImage(layer.picture, 0, 0, WIDTH, HEIGHT);
      const box = toMinimap(view, frame);
      context.strokeStyle =
        getComputedStyle(target).getPropertyValue('--accent').trim() || '#2f6fb3';
      context.lineWidth = 1.5;
      context.strokeRect(box.x, box.y, box.width, box.height);
    };
    return drawOnViewChange(store, draw);
  }, [hidden, store]);

  const moveTo = useCallback(
    (event: PointerEvent<HTMLCanvasElement>) => {
      const frame = frameRef.current;
      if (!frame) return;
      const box = event.currentTarget.getBoundingClientRect();
      const at = fromMinimap({ x: event.clientX - box.left, y: event.clientY - box.top }, frame);
      const { width, height, transform } = store.getState();
      void flow.setViewport(centredOn(at, transform[2], { width, height }));
    },
    [flow, store],
  );

  const toggle = () => toggleViewPref('minimap');

  return (
    <Panel position="bottom-right" className="canvas-minimap">
      <button type="button" className="canvas-minimap-toggle" onClick={toggle}>
        {hidden ? 'Show overview' : 'Hide overview'}
      </button>
      {hidden ? null : (
        <canvas
          ref={canvas}
          role="img"
          aria-label="Overview"
          style={{ width: WIDTH, height: HEIGHT }}
          onPointerDown={(event) => {
            event.currentTarget.setPointerCapture(event.pointerId);
            moveTo(event);
          }}
          onPointerMove={(event) => {
            if (event.currentTarget.hasPointerCapture(event.pointerId)) moveTo(event);
          }}
        />
      )}
    </Panel>
  );
}
