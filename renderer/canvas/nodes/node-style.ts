import type { CSSProperties } from 'react';
import type { NodeStyle } from '../../../shared/model/diagram-schema';

/**
 * A node's own style preset as CSS custom properties: every node kind paints its fill, border
 * and text from `--node-fill`, `--node-border` and `--node-text`, falling back to the theme's
 * colours for its kind, so a preset works in both themes and on every kind.
 */
export function styleVariables(style: NodeStyle | undefined): CSSProperties | undefined {
  if (!style) return undefined;
  const vars: Record<string, string> = {};
  if (style.fill) vars['--node-fill'] = style.fill;
  if (style.border) vars['--node-border'] = style.border;
  if (style.text) vars['--node-text'] = style.text;
  return vars;
}
