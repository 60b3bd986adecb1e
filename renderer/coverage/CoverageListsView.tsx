import { useMemo } from 'react';
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
import { byProcessId, byText } from './list-sort';
import { revealCompanyProcess } from './reveal-company-process';
import { SortedList } from './SortedList';
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
  const processButton = (row: { id: string; name: string }) => (
    <button type="button" className="link-button" onClick={() => openOnMap(row.id)}>
      {row.name}
    </button>
  );
  const byName = (a: { name: string }, b: { name: string }) => byText(a.name, b.name);

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
        <SortedList<Gap, GapKey>
          id="coverage-gaps"
          title="Gaps"
          note="In-scope processes nothing maps to, at the top of each uncovered branch."
          rows={lists.gaps}
          rowKey={(gap) => gap.id}
          tie={byProcessId}
          initialSort={{ key: 'id', descending: false }}
          empty="No gaps."
          columns={[
            { key: 'id', label: 'Id', compare: byProcessId, cell: (gap) => <code>{gap.id}</code> },
            {
              key: 'level',
              label: 'Level',
              compare: (a, b) => a.level - b.level,
              cell: (gap) => `L${gap.level}`,
            },
            { key: 'name', label: 'Process', compare: byName, cell: processButton },
          ]}
        />
        <SortedList<Overlap, OverlapKey>
          id="coverage-overlaps"
          title="Overlaps"
          note="Processes mapped from two or more company processes."
          rows={lists.overlaps}
          rowKey={(overlap) => overlap.id}
          tie={byProcessId}
          initialSort={{ key: 'count', descending: true }}
          empty="No overlaps."
          columns={[
            {
              key: 'id',
              label: 'Id',
              compare: byProcessId,
              cell: (overlap) => <code>{overlap.id}</code>,
            },
            { key: 'name', label: 'Process', compare: byName, cell: processButton },
            {
              key: 'count',
              label: 'Mapped from',
              compare: (a, b) => a.companyProcessIds.length - b.companyProcessIds.length,
              cell: (overlap) => (
                <>
                  <b>{overlap.companyProcessIds.length}</b>{' '}
                  <span className="muted">
                    {overlap.companyProcessIds.map((id) => names.get(id)?.name ?? id).join(', ')}
                  </span>
                </>
              ),
            },
          ]}
        />
        <SortedList<Extension, ExtensionKey>
          id="coverage-extensions"
          title="Extensions"
          note="Company processes flagged “not in eTOM”, or with no mapping on them or below them yet."
          rows={lists.extensions}
          rowKey={(extension) => extension.processId}
          tie={byName}
          initialSort={{ key: 'reason', descending: false }}
          empty="No extensions."
          columns={[
            {
              key: 'code',
              label: 'Code',
              compare: (a, b) => byText(codeOf(a), codeOf(b)),
              cell: (extension) => <code>{codeOf(extension)}</code>,
            },
            {
              key: 'name',
              label: 'Company process',
              compare: byName,
              cell: (extension) => (
                <button
                  type="button"
                  className="link-button"
                  onClick={() => revealCompanyProcess(extension.processId as ProcessId)}
                >
                  {extension.name}
                </button>
              ),
            },
            {
              key: 'reason',
              label: 'Why',
              compare: (a, b) => byText(a.reason, b.reason),
              cell: (extension) => EXTENSION_REASON[extension.reason],
            },
          ]}
        />
      </div>
    </div>
  );
}
