import type { FrameworkCatalogue } from '../../shared/etom/catalogue';
import { targetKey } from '../../shared/model/framework-ref';
import type { ScopeStatus } from '../../shared/model/scope-schema';
import { useStudio } from '../state/studio-store';
import { nextStatus } from '../scope/scope-labels';
import { clearScope, scopeTarget, setScope } from '../scope/scope-edits';

/** What a click on the map does in scope mode: cycle the status, set one, or clear it. */
export type ScopeBrush = 'cycle' | ScopeStatus | 'clear';

/** Applies the brush to one process's own decision: one undo step. */
export function paintScope(catalogue: FrameworkCatalogue, id: string, brush: ScopeBrush): void {
  const target = scopeTarget(catalogue, id);
  if (brush === 'clear') {
    clearScope([target]);
    return;
  }
  if (brush !== 'cycle') {
    setScope([target], { status: brush });
    return;
  }
  const entries = useStudio.getState().history?.document.scope.entries ?? [];
  const key = targetKey(target);
  const next = nextStatus(entries.find((e) => targetKey(e.target) === key)?.status);
  if (next === null) clearScope([target]);
  else setScope([target], { status: next });
}
