import type { CoverageResult } from '../../shared/coverage/coverage-types';
import { mappingsBehind } from '../../shared/coverage/coverage-lists';
import { percentLabel, scopeLabel } from '../../shared/coverage/coverage-summary';
import type { FrameworkCatalogue } from '../../shared/etom/catalogue';
import { useStudio } from '../state/studio-store';
import { DetailsHeading } from './DetailsHeading';
import { heatCellLook } from './heat-cell-style';
import { ScopeEditor } from '../scope/ScopeEditor';

interface Props {
  catalogue: FrameworkCatalogue;
  coverage: CoverageResult;
  id: string;
  /** Opens another process in this panel (an ancestor or a child): the drill-down. */
  onOpen: (id: string) => void;
  /** In the map's scope mode: the process's scope decision is edited here. */
  editScope?: boolean;
}

/** One process of the heat map opened: its numbers, its children's, and the company processes behind it. */
export function HeatDetails({ catalogue, coverage, id, onOpen, editScope = false }: Props) {
  const processes = useStudio((s) => s.history?.document.processes.processes);
  const process = catalogue.byId(id);
  const own = coverage.byId.get(id);
  if (process === undefined || own === undefined) return null;
  const names = new Map((processes ?? []).map((p) => [p.id as string, p.name] as const));
  // What covers a cell: mappings to the process itself and to anything below it.
  const behind = mappingsBehind(catalogue, coverage, id);
  return (
    <aside className="heat-details" aria-label={`Coverage of ${id} ${process.name}`}>
      <DetailsHeading catalogue={catalogue} id={id} name={process.name} onOpen={onOpen} />
      <p>
        Scope: <b>{own.scope === 'unset' ? 'no decision' : own.scope}</b>
        {own.scopeFrom === 'inherited' ? ' (inherited)' : ''}
        {own.scope === 'in' && (
          <>
            {' · '}
            <span data-testid="heat-n-m">{scopeLabel(own)}</span> · {percentLabel(own.score)}
          </>
        )}
      </p>
      {editScope && <ScopeEditor catalogue={catalogue} id={id} />}
      <h4>Company processes mapped here or below ({behind.length})</h4>
      {behind.length === 0 ? (
        <p className="muted">None.</p>
      ) : (
        <ul className="heat-behind">
          {behind.map((m) => (
            <li key={m.id}>
              {names.get(m.processId) ?? m.processId}{' '}
              <small>
                ({m.target.id === id ? '' : `${m.target.id}, `}
                {m.alignment})
              </small>
              {m.rationale && <div className="muted">{m.rationale}</div>}
            </li>
          ))}
        </ul>
      )}
      {catalogue.children(id).length > 0 && (
        <>
          <h4>Below it</h4>
          <ul className="heat-children">
            {catalogue.children(id).map((child) => {
              const look = heatCellLook(coverage, child.id);
              return (
                <li key={child.id}>
                  <button
                    type="button"
                    className="heat-child"
                    style={look.style}
                    onClick={() => onOpen(child.id)}
                  >
                    <code>{child.id}</code> {child.name}
                    <span className="heat-caption">{look.caption}</span>
                  </button>
                </li>
              );
            })}
          </ul>
        </>
      )}
    </aside>
  );
}
