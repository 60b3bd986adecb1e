import type { ProcessCoverageChange } from '../../shared/diff/coverage-change';
import { coverageFigure } from '../../shared/diff/coverage-change';
import { DetailsHeading } from '../heat-map/DetailsHeading';
import { MOVE_LOOK } from './compare-map-look';
import type { SidesCoverage } from './useSidesCoverage';

interface Props {
  sides: SidesCoverage;
  changes: ReadonlyMap<string, ProcessCoverageChange>;
  id: string;
  /** Opens another process here (an ancestor or a child): the drill-down. */
  onOpen: (id: string) => void;
}

/** One process of the compare map opened: its coverage before and now, and its children's. */
export function CompareMapDetails({ sides, changes, id, onOpen }: Props) {
  const { catalogue, before, after } = sides;
  const process = catalogue.byId(id);
  if (process === undefined) return null;
  const change = changes.get(id);
  const children = catalogue.children(id);
  return (
    <aside className="heat-details" aria-label={`Coverage change of ${id} ${process.name}`}>
      <DetailsHeading catalogue={catalogue} id={id} name={process.name} onOpen={onOpen} />
      <p>
        {change ? (
          <b>
            {MOVE_LOOK[change.move].sign} {MOVE_LOOK[change.move].word}
          </b>
        ) : (
          'Unchanged'
        )}
      </p>
      <dl className="compare-figures">
        <dt>Before</dt>
        <dd>{coverageFigure(before.byId.get(id))}</dd>
        <dt>Now</dt>
        <dd>{coverageFigure(after.byId.get(id))}</dd>
      </dl>
      {children.length > 0 && (
        <>
          <h4>Below it</h4>
          <ul className="heat-children">
            {children.map((child) => {
              const moved = changes.get(child.id);
              const look = moved ? MOVE_LOOK[moved.move] : null;
              return (
                <li key={child.id}>
                  <button
                    type="button"
                    className="heat-child"
                    style={
                      look
                        ? { background: look.fill, color: look.text, borderColor: look.stroke }
                        : undefined
                    }
                    onClick={() => onOpen(child.id)}
                  >
                    <code>{child.id}</code> {child.name}
                    <span className="heat-caption">
                      {moved ? `${look?.sign ?? ''} ${moved.before} → ${moved.after}` : 'unchanged'}
                    </span>
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
