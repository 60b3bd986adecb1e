import type { CSSProperties } from 'react';
import type { CoverageResult } from '../../shared/coverage/coverage-types';
import { SCOPE_SWATCHES } from '../../shared/coverage/scope-palette';
import { SCOPE_STATUS_LABEL } from '../scope/scope-labels';

/** How a process shows in the map's scope mode: its status colours and the status in words. */
export function scopeCellLook(
  coverage: CoverageResult,
  id: string,
): { style: CSSProperties | undefined; caption: string } {
  const own = coverage.byId.get(id);
  if (own === undefined || own.scope === 'unset') {
    return {
      // Flat in the theme's own colours (not the domain's band), like "not in scope" on the
      // heat map, so the eye goes to the decisions.
      style: {
        background: 'var(--surface)',
        color: 'var(--muted)',
        borderStyle: 'dashed',
        borderColor: 'var(--border-strong)',
      },
      caption: 'No decision',
    };
  }
  const inherited = own.scopeFrom === 'inherited';
  const swatch = SCOPE_SWATCHES[own.scope][inherited ? 'inherited' : 'own'];
  return {
    style: {
      background: swatch.fill,
      color: swatch.text,
      borderColor: swatch.text,
      borderStyle: inherited ? 'dashed' : 'solid',
    },
    caption: inherited
      ? `${SCOPE_STATUS_LABEL[own.scope]} (inherited)`
      : SCOPE_STATUS_LABEL[own.scope],
  };
}
