import { memo } from 'react';
import { startProcessDrag } from '../framework/drag-data';
import type { ScopeStatus } from '../../shared/model/scope-schema';
import { ScopeBadge } from '../scope/ScopeBadge';
import { useMappingDrop } from '../mappings/useMappingDrop';
import { ConfidenceBadge } from './ConfidenceBadge';
import type { TreeRow } from './tree-model';

interface Props {
  id: string;
  row: TreeRow;
  pack: string;
  top: number;
  height: number;
  focused: boolean;
  selected: boolean;
  /** The process's own scope decision in the workspace, if it has one. */
  scope?: ScopeStatus | undefined;
  onToggle: () => void;
  onSelect: () => void;
}

/** One tree row: toggle, id, name, confidence; draggable onto a diagram; a company process dropped on it is mapped to it. */
export const ProcessTreeRow = memo(function ProcessTreeRow(props: Props) {
  const { id, row, pack, top, height, focused, selected, scope, onToggle, onSelect } = props;
  const { process } = row;
  const { over, dropProps } = useMappingDrop(pack, process.id);
  const className = [
    'tree-row',
    focused ? 'focused' : '',
    selected ? 'selected' : '',
    over ? 'mapping-drop-over' : '',
  ]
    .filter(Boolean)
    .join(' ');
  return (
    <div
      id={id}
      role="treeitem"
      aria-level={row.depth}
      aria-expanded={row.hasChildren ? row.expanded : undefined}
      aria-selected={selected}
      aria-posinset={row.position}
      aria-setsize={row.siblings}
      aria-label={`${process.id} ${process.name}`}
      className={className}
      style={{ top, height, paddingLeft: 6 + (row.depth - 1) * 16 }}
      draggable
      onDragStart={(event) => startProcessDrag(event, { pack, id: process.id })}
      {...dropProps}
      onClick={onSelect}
      onDoubleClick={row.hasChildren ? onToggle : undefined}
    >
      <span
        className={row.hasChildren ? 'tree-toggle' : 'tree-toggle leaf'}
        aria-hidden="true"
        onClick={(event) => {
          event.stopPropagation();
          if (row.hasChildren) onToggle();
        }}
      >
        {row.hasChildren ? (row.expanded ? '▾' : '▸') : ''}
      </span>
      <span className={`level-dot level-${Math.min(process.level, 7)}`} aria-hidden="true" />
      <code className="tree-id">{process.id}</code>
      <span className="tree-name">{process.name}</span>
      {process.confidence && <ConfidenceBadge confidence={process.confidence} compact />}
      {scope && <ScopeBadge status={scope} />}
    </div>
  );
});
