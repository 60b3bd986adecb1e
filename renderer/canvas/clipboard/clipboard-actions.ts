import {
  decodeClip,
  encodeClip,
  looksLikeClip,
  type Clip,
} from '../../../shared/clipboard/clipboard-format';
import { copyElements } from '../../../shared/clipboard/copy-elements';
import { cascadeOffset, planPaste, type PasteOffset } from '../../../shared/clipboard/paste-plan';
import type { DiagramFile } from '../../../shared/model/diagram-schema';
import { HostFailure } from '../../../shared/ipc/errors';
import type { DiagramId } from '../../../shared/model/ids';
import { boundsOf } from '../../../shared/model/rect';
import { runCommands } from '../../state/edit-actions';
import { setSelection } from '../../state/select-actions';
import { selectionOf } from '../../state/selection';
import { useStudio } from '../../state/studio-store';
import { canvasHandle } from '../canvas-handles';
import { placeInView, placementObstacles } from '../placement';
import { readClipboardText, writeClipboardText } from './system-clipboard';

function diagramOf(diagramId: DiagramId): DiagramFile | undefined {
  return useStudio.getState().history?.document.diagrams.find((d) => d.id === diagramId);
}

function notify(notice: string): void {
  useStudio.setState({ notice });
}

/** The clip of what is selected on a diagram, or null when no node is. */
function selectedClip(diagramId: DiagramId): Clip | null {
  const state = useStudio.getState();
  const diagram = diagramOf(diagramId);
  const selection = state.selections.get(diagramId);
  if (!state.history || !diagram || !selection) return null;
  return copyElements(state.history.document, diagram, selection.nodes);
}

/**
 * Copies the selected nodes (with the edges between them and the company processes they show)
 * to the clipboard as JSON. With `cut`, then deletes the unlocked ones, as one undo step.
 */
export async function copySelection(diagramId: DiagramId, cut: boolean): Promise<void> {
  const clip = selectedClip(diagramId);
  if (!clip) return;
  // Deleting first keeps the cut within the key press; the clipboard write can take a while.
  if (cut) {
    const ids = clip.nodes.filter((n) => !n.locked).map((n) => n.id);
    if (ids.length > 0) runCommands('Cut', [{ name: 'element.delete', args: { diagramId, ids } }]);
  }
  await writeClipboardText(encodeClip(clip));
  notify(
    `${cut ? 'Cut' : 'Copied'} ${clip.nodes.length} element${clip.nodes.length === 1 ? '' : 's'}`,
  );
}

/**
 * Where a paste goes: centred on `at` (where a context menu was opened), else a step down and
 * right of the originals; then, as for any new element, on the nearest spot in view where the
 * pasted group covers no other element.
 */
function offsetFor(
  diagram: DiagramFile,
  clip: Clip,
  at: { x: number; y: number } | null,
): PasteOffset {
  const box = boundsOf(clip.nodes);
  // A clip holds a node at least (its schema says so): nothing to move otherwise.
  if (box === null) return { dx: 0, dy: 0 };
  const wanted = at
    ? { x: Math.round(at.x - box.width / 2), y: Math.round(at.y - box.height / 2) }
    : (() => {
        const step = cascadeOffset(diagram, clip);
        return { x: box.x + step.dx, y: box.y + step.dy };
      })();
  const view = canvasHandle(diagram.id)?.visibleRect() ?? null;
  const fits = view !== null && box.width <= view.width && box.height <= view.height ? view : null;
  const spot = placeInView(
    placementObstacles(diagram.nodes),
    { width: box.width, height: box.height },
    fits,
    {
      x: wanted.x + box.width / 2,
      y: wanted.y + box.height / 2,
    },
  );
  return { dx: spot.x - box.x, dy: spot.y - box.y };
}

/** Inserts a clip into a diagram as one undo step and selects the copies. */
function insertClip(
  diagramId: DiagramId,
  clip: Clip,
  at: { x: number; y: number } | null,
  label: string,
): void {
  const state = useStudio.getState();
  const diagram = diagramOf(diagramId);
  if (!state.history || !diagram) return;
  const plan = planPaste(state.history.document, diagram, clip, offsetFor(diagram, clip, at));
  if (!runCommands(label, [plan.invocation])) return;
  // A full view puts the copies beyond it: the view follows them there.
  const copies = boundsOf(plan.nodes);
  if (copies !== null) canvasHandle(diagramId)?.show(copies);
  setSelection(
    diagramId,
    selectionOf(
      plan.nodes.map((n) => n.id),
      plan.edges.map((e) => e.id),
    ),
  );
  const notes: string[] = [];
  if (plan.asBoxes > 0) {
    notes.push(
      `${plan.asBoxes} company process${plan.asBoxes === 1 ? '' : 'es'} not in this workspace pasted as boxes`,
    );
  }
  if (plan.droppedMappings > 0) {
    notes.push(
      `${plan.droppedMappings} mapping connection${plan.droppedMappings === 1 ? '' : 's'} left out`,
    );
  }
  const count = plan.nodes.length;
  const pasted = `${label === 'Duplicate' ? 'Duplicated' : 'Pasted'} ${count} element${count === 1 ? '' : 's'}`;
  notify(notes.length > 0 ? `${pasted}; ${notes.join('; ')}.` : pasted);
}

/**
 * Pastes what the clipboard holds into a diagram, validated as a file would be: text that is
 * not copied elements is refused with a notice, and copied elements that break the format or
 * its limits with an error saying where.
 */
export async function pasteInto(
  diagramId: DiagramId,
  at: { x: number; y: number } | null,
): Promise<void> {
  const text = await readClipboardText();
  if (text === null || !looksLikeClip(text)) {
    notify('The clipboard holds no diagram elements to paste.');
    return;
  }
  let clip: Clip;
  try {
    clip = decodeClip(text);
  } catch (error) {
    if (!(error instanceof HostFailure)) throw error;
    useStudio.setState({ error: error.error });
    return;
  }
  insertClip(diagramId, clip, at, 'Paste');
}

/** Copies the selection next to itself without touching the clipboard. */
export function duplicateSelection(diagramId: DiagramId): void {
  const clip = selectedClip(diagramId);
  if (clip) insertClip(diagramId, clip, null, 'Duplicate');
}
