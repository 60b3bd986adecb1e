import { useMemo, useState } from 'react';
import { diffWorkspaces, type WorkspaceDiff } from '../../shared/diff/workspace-diff';
import type { WorkspaceDocument } from '../../shared/model/document';
import { diagramNamesOf } from '../../shared/render/diagram-names';
import { getBuiltInCatalogue } from '../../shared/etom/registry';
import { usePackStore } from '../framework/pack-store';
import { useStudio } from '../state/studio-store';
import { CompareCanvas } from './CompareCanvas';
import { changeSteps, drawCompare } from './compare-diagram';
import { exitCompare, useCompare } from './compare-store';
import { CompareCoverage } from './CompareCoverage';
import { CompareMap } from './CompareMap';
import { CompareMappings } from './CompareMappings';
import { useDocumentTheme } from './useDocumentTheme';
import './compare.css';

type Pane = 'diagram' | 'mappings' | 'coverage' | 'map';

const PANE_LABEL: Record<Pane, string> = {
  diagram: 'Diagrams',
  mappings: 'Mappings',
  coverage: 'Coverage',
  map: 'Heat map',
};

/** A compare tab: the open workspace (now) against the other side (then), read-only. */
export function CompareView({ id }: { id: string }) {
  const session = useCompare((s) => s.sessions[id]);
  const now = useStudio((s) => s.history?.document ?? null);
  const [pane, setPane] = useState<Pane>('diagram');
  const diff = useMemo(
    () =>
      session && now
        ? diffWorkspaces(session.side.document, now, {
            frameworkName: (pack, process) => getBuiltInCatalogue(pack)?.byId(process)?.name,
          })
        : null,
    [session, now],
  );
  if (!session || !now || !diff)
    return <div className="empty-panel muted">This compare has ended.</div>;
  const then = session.side.document;
  return (
    <section className="compare-view" aria-label={`Compare with ${session.side.label}`}>
      <header className="compare-header">
        <p>
          Now <span className="muted">against</span> <strong>{session.side.label}</strong>{' '}
          <span className="muted">(read-only)</span>
        </p>
        <div role="tablist" aria-label="Compare views" className="compare-panes">
          {(['diagram', 'mappings', 'coverage', 'map'] as const).map((p) => (
            <button
              key={p}
              type="button"
              role="tab"
              aria-selected={pane === p}
              onClick={() => setPane(p)}
            >
              {p === 'mappings' ? `Mappings (${count(diff, 'mappings')})` : PANE_LABEL[p]}
            </button>
          ))}
        </div>
        <button type="button" onClick={() => exitCompare(id)}>
          Exit compare
        </button>
      </header>
      {session.side.problems.length > 0 && (
        <p className="compare-problems" role="note">
          Left out (could not be read): {session.side.problems.map((p) => p.message).join(' ')}
        </p>
      )}
      {pane === 'diagram' && (
        <DiagramPane then={then} now={now} diff={diff} first={session.diagramId} />
      )}
      {pane === 'mappings' && <CompareMappings then={then} now={now} diff={diff} />}
      {pane === 'coverage' && <CompareCoverage then={then} now={now} />}
      {pane === 'map' && <CompareMap then={then} now={now} />}
    </section>
  );
}

const count = (diff: WorkspaceDiff, key: 'mappings') =>
  diff[key].added.length + diff[key].removed.length + diff[key].changed.length;

function DiagramPane(props: {
  then: WorkspaceDocument;
  now: WorkspaceDocument;
  diff: WorkspaceDiff;
  first: string | null;
}) {
  const { then, now, diff } = props;
  const changed = new Set(diff.diagrams.map((d) => d.id));
  const ids = [
    ...new Set([
      ...now.diagrams.map((d) => d.id as string),
      ...then.diagrams.map((d) => d.id as string),
    ]),
  ];
  const [diagramId, setDiagramId] = useState<string | null>(
    props.first ?? diff.diagrams[0]?.id ?? ids[0] ?? null,
  );
  const [index, setIndex] = useState(-1);
  const before = then.diagrams.find((d) => d.id === diagramId);
  const after = now.diagrams.find((d) => d.id === diagramId);
  const ddiff = diff.diagrams.find((d) => d.id === diagramId);
  const steps = useMemo(
    () => (ddiff ? changeSteps(ddiff, before, after) : []),
    [ddiff, before, after],
  );
  const step = steps[index];
  const names = useMemo(() => {
    const userPacks = usePackStore.getState().user;
    const known = new Set(now.processes.processes.map((p) => p.id as string));
    return diagramNamesOf(
      [...now.processes.processes, ...then.processes.processes.filter((p) => !known.has(p.id))],
      (pack) => getBuiltInCatalogue(pack) ?? userPacks[pack],
      now.workspace.framework.pack,
    );
  }, [now, then]);
  const theme = useDocumentTheme();
  const drawing = useMemo(
    () =>
      before || after
        ? drawCompare(before, after, steps, names, { theme, selected: step?.id ?? null })
        : null,
    [before, after, steps, names, step, theme],
  );
  const go = (delta: number) => {
    if (steps.length === 0) return;
    setIndex((i) => (i + delta + steps.length) % steps.length);
  };
  return (
    <div className="compare-diagram">
      <aside className="compare-side">
        <label>
          Diagram{' '}
          <select
            value={diagramId ?? ''}
            onChange={(event) => {
              setDiagramId(event.target.value);
              setIndex(-1);
            }}
          >
            {ids.map((d) => (
              <option key={d} value={d}>
                {(now.diagrams.find((x) => x.id === d) ?? then.diagrams.find((x) => x.id === d))
                  ?.name ?? d}
                {changed.has(d) ? ' •' : ''}
              </option>
            ))}
          </select>
        </label>
        <p className="muted">
          {ddiff === undefined
            ? 'No differences in this diagram.'
            : ddiff.status === 'changed'
              ? `${steps.length} change${steps.length === 1 ? '' : 's'}`
              : `The whole diagram was ${ddiff.status}.`}
        </p>
        <div className="compare-steps-nav">
          <button type="button" onClick={() => go(-1)} disabled={steps.length === 0}>
            Previous
          </button>
          <button type="button" onClick={() => go(1)} disabled={steps.length === 0}>
            Next
          </button>
        </div>
        <ol className="compare-steps" aria-label="Changes">
          {steps.map((s, i) => (
            <li key={`${s.element}-${s.id}`}>
              <button
                type="button"
                aria-current={i === index ? 'true' : undefined}
                className={`compare-step compare-${s.kind}`}
                onClick={() => setIndex(i)}
              >
                <span className="compare-mark" aria-hidden="true" />
                {s.element === 'edge' ? 'Connection ' : ''}
                {s.name} <span className="muted">— {s.words}</span>
              </button>
            </li>
          ))}
        </ol>
        <ul className="compare-legend" aria-label="Legend">
          <li className="compare-added">Added</li>
          <li className="compare-removed">Removed (ghost from the other side)</li>
          <li className="compare-changed">Changed or moved (dashed: its old place)</li>
        </ul>
      </aside>
      <CompareCanvas drawing={drawing} focus={step?.at ?? null} />
    </div>
  );
}
