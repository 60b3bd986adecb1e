import type { RecentWorkspace } from '../../shared/ipc/methods/settings-methods';

interface Props {
  recent: RecentWorkspace[];
  onOpen: (entry: RecentWorkspace) => void;
  onRemove: (entry: RecentWorkspace) => void;
  /** The pointer or the focus came to an entry that can be opened: it may be opened next. */
  onIntent: (entry: RecentWorkspace) => void;
}

/** Recently opened workspaces; missing ones are marked and can only be removed. */
export function RecentList({ recent, onOpen, onRemove, onIntent }: Props) {
  if (recent.length === 0) {
    return <p className="muted">No recent workspaces yet.</p>;
  }
  return (
    <ul className="recent-list" aria-label="Recent workspaces">
      {recent.map((r) => (
        <li key={r.path} className={r.exists ? 'recent-item' : 'recent-item recent-missing'}>
          <button
            type="button"
            className="recent-open"
            disabled={!r.exists}
            aria-label={`Open ${r.name}${r.exists ? '' : ' (missing)'}`}
            onClick={() => onOpen(r)}
            onPointerEnter={() => onIntent(r)}
            onFocus={() => onIntent(r)}
          >
            <span className="recent-name">{r.name}</span>
            <span className="recent-path">{r.path}</span>
          </button>
          {!r.exists && <span className="badge-missing">Missing</span>}
          <button
            type="button"
            className="quiet icon-button"
            aria-label={`Remove ${r.name} from recent`}
            title="Remove from recent"
            onClick={() => onRemove(r)}
          >
            ×
          </button>
        </li>
      ))}
    </ul>
  );
}
