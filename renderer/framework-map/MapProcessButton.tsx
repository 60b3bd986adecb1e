import type { CSSProperties, ReactNode } from 'react';
import type { FrameworkProcessId } from '../../shared/model/ids';
import { startProcessDrag } from '../framework/drag-data';
import { selectProcess } from '../framework/library-store';
import { useMappingDrop } from '../mappings/useMappingDrop';
import { drillTo } from './MapBreadcrumbs';

interface Props {
  pack: string;
  id: string;
  name: string;
  className: string;
  style?: CSSProperties;
  /** Drill into it on click (it has children); otherwise only select it. */
  drill: boolean;
  children?: ReactNode;
  /** Replaces the click's select-and-drill (the heat map opens its own details). */
  onOpen?: (id: string) => void;
}

/**
 * A process on the map: click to drill in (and show details), drag onto a diagram; a company
 * process dropped on it is mapped to it.
 */
export function MapProcessButton({
  pack,
  id,
  name,
  className,
  style,
  drill,
  children,
  onOpen,
}: Props) {
  const processId = id as FrameworkProcessId;
  const { over, dropProps } = useMappingDrop(pack, id);
  return (
    <button
      type="button"
      className={over ? `${className} mapping-drop-over` : className}
      style={style}
      aria-label={`${id} ${name}`}
      title={`${id} ${name}`}
      draggable
      onDragStart={(event) => startProcessDrag(event, { pack, id: processId })}
      {...dropProps}
      onClick={() => {
        if (onOpen) return onOpen(id);
        selectProcess({ pack, id: processId });
        if (drill) drillTo(processId);
      }}
    >
      <code className="map-id">{id}</code>
      <span className="map-name">{name}</span>
      {children}
    </button>
  );
}
