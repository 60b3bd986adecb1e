import type { ReactNode } from 'react';
import type { ActionId } from '../../shared/actions/action-list';

/** A 16 px line icon drawn in the button's text colour. */
function Icon({ children }: { children: ReactNode }) {
  return (
    <svg
      width="16"
      height="16"
      viewBox="0 0 16 16"
      fill="none"
      stroke="currentColor"
      strokeWidth="1.4"
      strokeLinejoin="round"
      focusable="false"
    >
      {children}
    </svg>
  );
}

/**
 * The canvas toolbar's icons, one per element it adds, drawn like the element: where the
 * toolbar is narrow (a 1280 px window) only the icons show, the label stays the button's
 * accessible name and tooltip.
 */
export const CANVAS_TOOL_ICONS: Partial<Record<ActionId, ReactNode>> = {
  'diagram.addBox': (
    <Icon>
      <rect x="2" y="4" width="12" height="8" rx="1.5" />
    </Icon>
  ),
  'diagram.addNote': (
    <Icon>
      <path d="M3 2.5h10v7.5l-3.5 3.5H3z" />
      <path d="M9.5 13.5V10H13" />
    </Icon>
  ),
  'diagram.addText': (
    <Icon>
      <path d="M3.5 4V2.75h9V4M8 2.75v10.5M6 13.25h4" />
    </Icon>
  ),
  'diagram.addGroup': (
    <Icon>
      <rect x="1.75" y="2.75" width="12.5" height="10.5" rx="1" strokeDasharray="2.2 1.6" />
      <rect x="4.5" y="6" width="4" height="3" rx="0.5" />
    </Icon>
  ),
  'diagram.addLane': (
    <Icon>
      <rect x="1.75" y="3" width="12.5" height="10" rx="0.75" />
      <path d="M1.75 8h12.5M4.75 3v10" />
    </Icon>
  ),
};
