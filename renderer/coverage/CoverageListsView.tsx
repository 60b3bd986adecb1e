import { useMemo, useState } from 'react';
import {
  listExtensions,
  listGaps,
  listOverlaps,
  type Extension,
  type Gap,
  type Overlap,
} from '../../shared/coverage/coverage-lists';
import { COVERAGE_RULES } from '../../shared/coverage/coverage-rule';
import { levelSummary, percentLabel } from '../../shared/coverage/coverage-summary';
import type { FrameworkProcessId, ProcessId } from '../../shared/model/ids';
import { openFrameworkMap, selectProcess } from '../framework/library-store';
import { useStudio } from '../state/studio-store';
import { nextSort, sortList, byProcessId, byText, type ListSort } from './list-sort';
import { revealCompanyProcess } from './reveal-company-process';
import { SortHeader } from './SortHeader';
import { useCoverage } from './useCoverage';
import './coverage-lists.css';

type GapKey = 'id' | 'level' | 'name';
type OverlapKey = 'id' | 'name' | 'count';
type ExtensionKey = 'code' | 'name' | 'reason';

const EXTENSION_REASON: Readonly<Record<Extension['reason'], string>> = {
  flagged: 'Flagged “not in eTOM”',
  unmapped: 'No mapping',
};

/**
 * The "Coverage" tab: the gaps (in-scope processes nothing maps to), the overlaps (processes
 * mapped from several company processes) and the extensions (company processes flagged or
 * not mapped), each sortable and counted. A framework process opens on the map and in the
 * details; a company process opens in the catalogue. Follows every edit (undo too).
 */
export function CoverageListsView() {
  const view = useCoverage();
  const document = useStudio((s) => s.history?.document ?? null);
  const [gapSort, setGapSort] = useState<ListSort<GapKey>>({ key: 'id', descending: false });
  const [overlapSort, setOverlapSort] = useState<ListSort<OverlapKey>>({
    key: 'count',
    descending: true,
  });
  const [extensionSort, setExtensionSort] = useState<ListSort<ExtensionKey>>({
    key: 'reason',
    descending: false,
  });
  const processes = document?.processes.processes;
  const mappings = document?.mappings.mappings;
  const lists = useMemo(() => {
    if (!view || !processes || !mappings) return null;
    return {
      gaps: listGaps(view.catalogue, view.coverage),
      overlaps: listOverlaps(view.catalogue, view.coverage),
      extensions: listExtensions(processes, mappings),
      levels: levelSummary(view.catalogue, view.coverage).filter((l) => l.inScope > 0),
    };
  }, [view, processes, mappings]);
  const names = useMemo(
    () => new Map((processes ?? []).map((p) => [p.id as string, p] as const)),
    [processes],
  );
  if (!view || !lists)
    return <p className="muted coverage-empty">Open a workspace to see its coverage.</p>;
  const pack = view.catalogue.pack.id;
  const openOnMap = (id: string) => {
    const process = view.catalogue.byId(id);
    selectProcess({ pack, id: id as FrameworkProcessId });
    // The map shows L2s on its overview; deeper processes open drilled into.
    openFrameworkMap({
      pack,
      id: process && process.level >= 2 ? (id as FrameworkProcessId) : null,
    });
  };
  const codeOf = (e: Extension) => names.get(e.processId)?.code ?? '';

  const gaps = sortList<Gap, GapKey>(
    lists.gaps,
    gapSort,
    { id: byProcessId, level: (a, b) => a.level - b.level, name: (a, b) => byText(a.name, b.name) },
    byProcessId,
  );
  const overlaps = sortList<Overlap, OverlapKey>(
    lists.overlaps,
    overlapSort,
    {
      id: byProcessId,
      name: (a, b) => byText(a.name, b.name),
      count: (a, b) => a.companyProcessIds.length - b.companyProcessIds.length,
    },
    byProcessId,
  );
  const extensions = sortList<Extension, ExtensionKey>(
    lists.extensions,
    extensionSort,
    {
      code: (a, b) => byText(codeOf(a), codeOf(b)),
      name: (a, b) => byText(a.name, b.name),
      reason: (a, b) => byText(a.reason, b.reason),
    },
    (a, b) => byText(a.name, b.name),
  );

  return (
    <div className="coverage-lists">
      <header className="coverage-summary">
        {lists.levels.length === 0 ? (
          <p className="muted">
            Nothing is in scope yet: set the scope in the Scope (L2) list, on the heat map or in a
            process’s details, and the gaps follow.
          </p>
        ) : (
          <ul aria-label="Coverage by level">
            {lists.levels.map((level) => (
              <li key={level.level}>
                {`L${level.level}: ${level.covered} of ${level.inScope} in scope mapped at or below, weighted coverage ${percentLabel(level.score)}`}
              </li>
            ))}
          </ul>
        )}
        <details>
          <summary>How coverage is counted</summary>
          <ul>
            {COVERAGE_RULES.map((rule) => (
              <li key={rule}>{rule}</li>
            ))}
          </ul>
        </details>
      </header>
      <div className="coverage-columns">
        <section aria-labelledby="coverage-gaps" className="coverage-list">
          <h3 id="coverage-gaps">
            Gaps <span className="coverage-count">{gaps.length}</span>
          </h3>
          <p className="muted">
            In-scope processes nothing maps to, at the top of each uncovered branch.
          </p>
          <table aria-labelledby="coverage-gaps">
            <thead>
              <tr>
                <SortHeader
                  column="id"
                  label="Id"
                  sort={gapSort}
                  onSort={(k) => setGapSort(nextSort(gapSort, k))}
                />
                <SortHeader
                  column="level"
                  label="Level"
                  sort={gapSort}
                  onSort={(k) => setGapSort(nextSort(gapSort, k))}
                />
                <SortHeader
                  column="name"
                  label="Process"
                  sort={gapSort}
                  onSort={(k) => setGapSort(nextSort(gapSort, k))}
                />
              </tr>
            </thead>
            <tbody>
              {gaps.map((gap) => (
                <tr key={gap.id}>
                  <td>
                    <code>{gap.id}</code>
                  </td>
                  <td>{`L${gap.level}`}</td>
                  <td>
                    <button type="button" className="link-button" onClick={() => openOnMap(gap.id)}>
                      {gap.name}
                    </button>
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
          {gaps.length === 0 && <p className="muted">No gaps.</p>}
        </section>
        <section aria-labelledby="coverage-overlaps" className="coverage-list">
          <h3 id="coverage-overlaps">
            Overlaps <span className="coverage-count">{overlaps.length}</span>
          </h3>
          <p className="muted">Processes mapped from two or more company processes.</p>
          <table aria-labelledby="coverage-overlaps">
            <thead>
              <tr>
                <SortHeader
                  column="id"
                  label="Id"
                  sort={overlapSort}
                  onSort={(k) => setOverlapSort(nextSort(overlapSort, k))}
                />
                <SortHeader
                  column="name"
                  label="Process"
                  sort={overlapSort}
                  onSort={(k) => setOverlapSort(nextSort(overlapSort, k))}
                />
                <SortHeader
                  column="count"
                  label="Mapped from"
                  sort={overlapSort}
                  onSort={(k) => setOverlapSort(nextSort(overlapSort, k))}
                />
              </tr>
            </thead>
            <tbody>
              {overlaps.map((overlap) => (
                <tr key={overlap.id}>
                  <td>
                    <code>{overlap.id}</code>
                  </td>
                  <td>
                    <button
                      type="button"
                      className="link-button"
                      onClick={() => openOnMap(overlap.id)}
                    >
                      {overlap.name}
                    </button>
                  </td>
                  <td>
                    <b>{overlap.companyProcessIds.length}</b>{' '}
                    <span className="muted">
                      {overlap.companyProcessIds.map((id) => names.get(id)?.name ?? id).join(', ')}
                    </span>
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
          {overlaps.length === 0 && <p className="muted">No overlaps.</p>}
        </section>
        <section aria-labelledby="coverage-extensions" className="coverage-list">
          <h3 id="coverage-extensions">
            Extensions <span className="coverage-count">{extensions.length}</span>
          </h3>
          <p className="muted">
            Company processes flagged “not in eTOM”, or with no mapping on them or below them yet.
          </p>
          <table aria-labelledby="coverage-extensions">
            <thead>
              <tr>
                <SortHeader
                  column="code"
                  label="Code"
                  sort={extensionSort}
                  onSort={(k) => setExtensionSort(nextSort(extensionSort, k))}
                />
                <SortHeader
                  column="name"
                  label="Company process"
                  sort={extensionSort}
                  onSort={(k) => setExtensionSort(nextSort(extensionSort, k))}
                />
                <SortHeader
                  column="reason"
                  label="Why"
                  sort={extensionSort}
                  onSort={(k) => setExtensionSort(nextSort(extensionSort, k))}
                />
              </tr>
            </thead>
            <tbody>
              {extensions.map((extension) => (
                <tr key={extension.processId}>
                  <td>
                    <code>{codeOf(extension)}</code>
                  </td>
                  <td>
                    <button
                      type="button"
                      className="link-button"
                      onClick={() => revealCompanyProcess(extension.processId as ProcessId)}
                    >
                      {extension.name}
                    </button>
                  </td>
                  <td>{EXTENSION_REASON[extension.reason]}</td>
                </tr>
              ))}
            </tbody>
          </table>
          {extensions.length === 0 && <p className="muted">No extensions.</p>}
        </section>
      </div>
    </div>
  );
}
