import type { NodeId } from '../../shared/model/ids';

/**
 * Puts the keyboard focus on a node once the canvas has drawn it, so that the keys that act on
 * the selection (F2, arrows, Delete) reach a node just added from a menu, the palette or a
 * toolbar button, which leaves the focus where it was (or nowhere, once a dialog closed).
 */
export function focusNodeWhenDrawn(id: NodeId): void {
  let tries = 0;
  const attempt = () => {
    const element = document.querySelector<HTMLElement>(
      `.react-flow__node[data-id="${CSS.escape(id)}"]`,
    );
    if (element) element.focus({ preventScroll: true });
    else if ((tries += 1) < 20) requestAnimationFrame(attempt);
  };
  // First once the update that added it has been committed (often in the same task, before
  // the next key press is handled), then once a frame until React Flow has drawn it.
  queueMicrotask(attempt);
}
