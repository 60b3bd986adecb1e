import { memo, type MouseEvent } from 'react';
import type { MappingId } from '../../shared/model/ids';
import type { TableLine } from './mapping-rows';

/** What a row does when used; one stable object for the table's life, so rows stay memoised. */
export interface RowActions {
  focus: (index: number) => void;
  toggle: (id: MappingId, extend: boolean) => void;
  open: (id: MappingId) => void;
}

interface Props {
  line: TableLine;
  index: number;
  /** Its offset from the top of the scrolled content, and its height, in px. */
  start: number;
  height: number;
  focused: boolean;
  selected: boolean;
  actions: RowActions;
}

function shortDate(stamp: string | undefined): string {
  return stamp ? stamp.slice(0, 16).replace('T', ' ') : '';
}

/**
 * One line of the mapping grid: a group heading or a mapping's row. Memoised on its props
 * (the line object, its place, focus and selection), so a scroll renders only the rows that
 * come into view, not every row in the window again.
 */
export const MappingGridRow = memo(function MappingGridRow(props: Props) {
  const { line, index, start, height, focused, selected, actions } = props;
  const style = { transform: `translateY(${start}px)`, height };
  if (line.kind === 'group') {
    return (
      <div
        id={`mapping-line-${index}`}
        role="row"
        aria-rowindex={index + 2}
        className={`mapping-group${focused ? ' is-focused' : ''}`}
        style={style}
        onClick={() => actions.focus(index)}
      >
        <span role="gridcell">
          {line.title} <span className="mapping-group-count">({line.count})</span>
        </span>
      </div>
    );
  }
  const { row } = line;
  const id = row.mapping.id;
  const onClick = (event: MouseEvent) => {
    actions.focus(index);
    if (event.ctrlKey || event.metaKey || event.shiftKey) actions.toggle(id, event.shiftKey);
  };
  return (
    <div
      id={`mapping-line-${index}`}
      role="row"
      aria-rowindex={index + 2}
      aria-selected={selected}
      data-mapping-id={id}
      className={`mapping-row${selected ? ' is-selected' : ''}${focused ? ' is-focused' : ''}`}
      style={style}
      onClick={onClick}
      onDoubleClick={() => actions.open(id)}
    >
      <span role="gridcell" className="mapping-cell-check">
        <input
          type="checkbox"
          aria-label={`Select ${row.processName} to ${row.targetId}`}
          checked={selected}
          tabIndex={-1}
          onClick={(event) => event.stopPropagation()}
          onChange={() => actions.toggle(id, false)}
        />
      </span>
      <span role="gridcell" className="mapping-cell-process" title={row.processName}>
        {row.processCode && <code className="mapping-code">{row.processCode}</code>}
        {row.processName}
      </span>
      <span role="gridcell" className="mapping-cell-target" title={row.targetName}>
        <code className="mapping-code">{row.targetId}</code>
        {row.targetName}
        <span className="mapping-pack">{row.pack}</span>
      </span>
      <span role="gridcell" className="mapping-cell-level">
        {row.level === null ? '' : `L${row.level}`}
      </span>
      <span role="gridcell" className="mapping-cell-alignment">
        {row.alignmentLabel}
      </span>
      <span role="gridcell" className={`mapping-cell-status status-${row.mapping.status}`}>
        {row.mapping.status}
      </span>
      <span role="gridcell" className="mapping-cell-rationale" title={row.mapping.rationale ?? ''}>
        {row.mapping.rationale ?? ''}
      </span>
      <span role="gridcell" className="mapping-cell-updated">
        {shortDate(row.mapping.updatedAt)}
      </span>
    </div>
  );
});
