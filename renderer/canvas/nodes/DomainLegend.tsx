import { useMemo } from 'react';
import { Panel } from '@xyflow/react';
import type { DiagramFile } from '../../../shared/model/diagram-schema';
import { catalogueFor } from '../../framework/pack-store';
import { useActivePackId } from '../../framework/useActivePack';
import { useCatalogue } from '../../framework/useCatalogue';
import { domainBandOf, type DomainBand } from '../../../shared/etom/domain-band';
import { toggleViewPref, useViewPrefs } from '../view-prefs';
import './domain-legend.css';

interface Props {
  diagram: DiagramFile;
}

/** The domains the diagram's framework processes belong to, in the map's row order. */
export function domainsOn(diagram: DiagramFile): DomainBand[] {
  const found = new Map<string, DomainBand>();
  // A process shown many times is looked up once.
  const seen = new Set<string>();
  for (const node of diagram.nodes) {
    if (node.kind !== 'framework') continue;
    const process = `${node.pack}\u0000${node.processId}`;
    if (seen.has(process)) continue;
    seen.add(process);
    const catalogue = catalogueFor(node.pack);
    const band = catalogue ? domainBandOf(catalogue, node.processId) : null;
    // Keyed by pack and row: classic and current rows can share a colour, not a name.
    const key = `${node.pack}:${band?.rowId ?? ''}`;
    if (band && !found.has(key)) found.set(key, band);
  }
  return [...found.values()].sort((a, b) => a.order - b.order);
}

/**
 * What the colours of framework nodes mean: one swatch per domain present on the diagram,
 * coloured as on the framework map. It folds away to a single button, and stays folded. It
 * sits in the bottom-left corner beside the zoom buttons: diagrams grow from the top left, and
 * a saved view that is wider than the window (a flow in a row) ran under it at the top right,
 * where the overview's corner (bottom right) was taken too.
 */
export function DomainLegend({ diagram }: Props) {
  // Re-render once the workspace's pack has loaded (user packs come from the host).
  const { catalogue } = useCatalogue(useActivePackId());
  const domains = useMemo(() => domainsOn(diagram), [diagram, catalogue]); // eslint-disable-line react-hooks/exhaustive-deps
  // Folded or open as the user last left it, on every diagram and after a restart.
  const open = useViewPrefs((prefs) => prefs.legend);
  if (domains.length === 0) return null;
  return (
    <Panel position="bottom-left" className="domain-legend">
      <button
        type="button"
        className="quiet small domain-legend-toggle"
        aria-expanded={open}
        aria-controls="domain-legend-list"
        onClick={() => toggleViewPref('legend')}
      >
        {open ? '▾' : '▸'} Domains
      </button>
      {open && (
        <ul id="domain-legend-list" aria-label="Domain colours">
          {domains.map((d) => (
            <li key={`${d.className}:${d.label}`} className={d.className}>
              <span className="domain-swatch" aria-hidden />
              {d.label}
            </li>
          ))}
        </ul>
      )}
    </Panel>
  );
}
