import { closeFrameworkMap, openFrameworkMap, useLibrary } from '../framework/library-store';

/** The id of the map's tab element, for the panel's aria-labelledby. */
export const MAP_TAB_ID = 'tab-framework-map';

/** The "Framework map" tab beside the diagram tabs, while the map is open. */
export function FrameworkMapTab() {
  const open = useLibrary((s) => s.mapOpen);
  const active = useLibrary((s) => s.mapActive);
  if (!open) return null;
  return (
    <div className={active ? 'tab active' : 'tab'}>
      <button
        type="button"
        role="tab"
        id={MAP_TAB_ID}
        aria-selected={active}
        aria-controls="framework-map-panel"
        tabIndex={active ? 0 : -1}
        className="tab-label"
        onClick={() => openFrameworkMap()}
      >
        Framework map
      </button>
      <button
        type="button"
        className="tab-close"
        aria-label="Close Framework map"
        title="Close tab"
        onClick={closeFrameworkMap}
      >
        ×
      </button>
    </div>
  );
}
