import { useMemo } from 'react';
import type { FrameworkCatalogue } from '../../shared/etom/catalogue';
import type { FrameworkProcess } from '../../shared/etom/pack-model';
import type { FrameworkRef } from '../../shared/model/framework-ref';
import { openFrameworkMap, selectProcess, useLibrary } from '../framework/library-store';
import { useActivePackId } from '../framework/useActivePack';
import { useCatalogue } from '../framework/useCatalogue';
import { useDescription } from '../framework/useDescriptions';
import { ConfidenceBadge } from '../library/ConfidenceBadge';
import { useStudio } from '../state/studio-store';
import { AddToDiagramButton } from './AddToDiagramButton';
import { addFrameworkNode } from '../framework/framework-node';
import { Counterparts } from './Counterparts';
import { ProcessUsageList } from './ProcessUsageList';
import { ScopeEditor } from '../scope/ScopeEditor';
import { processUsage } from './usage';
import './process-details.css';

/** Details of the process selected in the library, map or search. */
export function ProcessDetails() {
  const selected = useLibrary((s) => s.selected);
  return (
    <section className="process-details" aria-label="Process details">
      {selected ? (
        <ProcessDetailsOf process={selected} />
      ) : (
        <p className="muted details-empty">
          Select a process in the library or on the map to see its details.
        </p>
      )}
    </section>
  );
}

/**
 * The details of one process, named by pack and id: the library, the map, search hits and the
 * properties panel all show it from its own pack, never from whichever pack is active.
 */
export function ProcessDetailsOf({ process: ref }: { process: FrameworkRef }) {
  const { catalogue, loading, error } = useCatalogue(ref.pack);
  const process = catalogue?.byId(ref.id);
  if (catalogue && process) return <DetailsBody catalogue={catalogue} process={process} />;
  return (
    <p className="muted details-empty">
      {loading
        ? `Loading the framework pack “${ref.pack}”…`
        : catalogue
          ? `${ref.id} is not in “${catalogue.pack.label}”.`
          : `The framework pack “${ref.pack}” is not available${error ? `: ${error.message}` : '.'}`}
    </p>
  );
}

function ProcessLink({ pack, process }: { pack: string; process: FrameworkProcess }) {
  return (
    <button
      type="button"
      className="link-button"
      onClick={() => selectProcess({ pack, id: process.id })}
    >
      <code>{process.id}</code> {process.name}
    </button>
  );
}

function DetailsBody({
  catalogue,
  process,
}: {
  catalogue: FrameworkCatalogue;
  process: FrameworkProcess;
}) {
  const document = useStudio((s) => s.history?.document);
  const activePack = useActivePackId();
  const pack = catalogue.pack.id;
  const ancestors = catalogue.ancestors(process.id);
  const children = catalogue.children(process.id);
  const description = useDescription(catalogue.pack.id, process);
  const usage = useMemo(
    () => (document ? processUsage(document, catalogue.pack.id, process.id) : null),
    [document, catalogue, process.id],
  );
  return (
    <>
      <h2 className="details-title">
        <code>{process.id}</code> {process.name}
      </h2>
      {pack !== activePack && (
        <p className="details-pack" aria-label="Pack">
          {`From “${catalogue.pack.label}”, not the workspace’s pack.`}
        </p>
      )}
      <div className="details-actions">
        <AddToDiagramButton
          onAdd={(target) => addFrameworkNode(target, { pack, id: process.id })}
        />
        <button
          type="button"
          className="small"
          onClick={() => openFrameworkMap({ pack, id: process.level >= 2 ? process.id : null })}
        >
          Show on map
        </button>
      </div>
      <dl className="details-grid">
        <dt>Level</dt>
        <dd>{process.level}</dd>
        <dt>Domain</dt>
        <dd>{process.domain || '—'}</dd>
        <dt>Vertical groups</dt>
        <dd>{process.verticalGroups.length > 0 ? process.verticalGroups.join(', ') : '—'}</dd>
        {process.confidence && (
          <>
            <dt>Confidence</dt>
            <dd>
              <ConfidenceBadge confidence={process.confidence} />
            </dd>
          </>
        )}
      </dl>
      {description && (
        <div className="details-description">
          <h3>Description</h3>
          {description.brief && <p className="brief">{description.brief}</p>}
          {description.extended && <p className="extended">{description.extended}</p>}
          <p className="muted small-print">
            From your imported workbook “{description.source}”, © TM Forum.
          </p>
        </div>
      )}
      {ancestors.length > 0 && (
        <nav aria-label="Path" className="details-path">
          <h3>Path</h3>
          <ol>
            {ancestors.map((ancestor) => (
              <li key={ancestor.id}>
                <ProcessLink pack={pack} process={ancestor} />
              </li>
            ))}
          </ol>
        </nav>
      )}
      {children.length > 0 && (
        <div className="details-children">
          <h3>{`Children (${children.length})`}</h3>
          <ul aria-label="Children">
            {children.map((child) => (
              <li key={child.id}>
                <ProcessLink pack={pack} process={child} />
              </li>
            ))}
          </ul>
        </div>
      )}
      {document && pack === activePack && <ScopeEditor catalogue={catalogue} id={process.id} />}
      <Counterparts catalogue={catalogue} process={process} />
      {usage && <ProcessUsageList usage={usage} />}
    </>
  );
}
