import type { FitViewOptions } from '@xyflow/react';

/** Room a fitted diagram keeps from the pane's edges where no panel is, in screen pixels. */
const FIT_MARGIN = 24;
/** Room kept between a fitted diagram and a panel it is kept clear of. */
const PANEL_GAP = 12;
/**
 * The most of the pane's width or height a panel may claim: in a small pane, a panel that
 * would leave the diagram less than this is drawn over the diagram instead.
 */
const MOST_CLAIMED = 1 / 3;

/**
 * How "fit" frames a diagram in `pane` so that none of it lies under the panels in the pane's
 * bottom corners: the zoom buttons, a narrow column, are kept clear of on the left; the domain
 * legend and the overview (or its button) below, by the taller of them. Measured when asked,
 * so a folded legend or a hidden overview costs no room. Sketched nodes count too: React Flow
 * holds them hidden (sketch/useSketch.ts).
 */
export function fitClearOfPanels(pane: HTMLElement | null): FitViewOptions {
  let left = FIT_MARGIN;
  let bottom = FIT_MARGIN;
  const box = pane?.getBoundingClientRect();
  if (pane && box && box.width > 0 && box.height > 0) {
    for (const panel of pane.querySelectorAll<HTMLElement>('.react-flow__panel.bottom')) {
      const at = panel.getBoundingClientRect();
      if (at.width === 0 || at.height === 0) continue;
      if (panel.classList.contains('react-flow__controls')) {
        left = Math.max(left, Math.min(at.right - box.left, box.width * MOST_CLAIMED) + PANEL_GAP);
      } else {
        bottom = Math.max(
          bottom,
          Math.min(box.bottom - at.top, box.height * MOST_CLAIMED) + PANEL_GAP,
        );
      }
    }
  }
  const px = (n: number) => `${Math.round(n)}px` as const;
  return {
    includeHiddenNodes: true,
    padding: { top: px(FIT_MARGIN), right: px(FIT_MARGIN), bottom: px(bottom), left: px(left) },
  };
}
