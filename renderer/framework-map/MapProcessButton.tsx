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
  /** The tooltip (and accessible description) instead of the id and name. */
  title?: string | undefined;
  /** Takes no company process dropped on it (a read-only picture, as a compare's map). */
  noDrop?: boolean | undefined;
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
  title,
  noDrop = false,
}: Props) {
  const processId = id as FrameworkProcessId;
  const { over, dropProps } = useMappingDrop(pack, id);
  return (
    <button
      type="button"
      className={over ? `${className} mapping-drop-over` : className}
      style={style}
      aria-label={`${id} ${name}`}
      title={title ?? `${id} ${name}`}
      draggable
      onDragStart={(event) => startProcessDrag(event, { pack, id: processId })}
      {...(noDrop ? {} : dropProps)}
      onClick={(event) => {
        // The second click of a double-click lands on a child of the process the first one
        // drilled into, which would drill again: a double-click opens one level, as a click.
        if (event.detail > 1) return;
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
