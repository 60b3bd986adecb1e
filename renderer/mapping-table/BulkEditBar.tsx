import type { AlignmentQualifier } from '../../shared/model/workspace-schema';
import { MAPPING_STATUSES, type MappingStatus } from '../../shared/model/mapping-schema';

interface Props {
  count: number;
  alignments: readonly AlignmentQualifier[];
  onAlignment: (id: string) => void;
  onStatus: (status: MappingStatus) => void;
  onDelete: () => void;
  onClear: () => void;
}

/** What can be done to the selected rows at once: one undo step each. */
export function BulkEditBar({ count, alignments, ...on }: Props) {
  if (count === 0) return null;
  return (
    <div className="mapping-bulk" role="toolbar" aria-label="Selected mappings">
      <span className="mapping-bulk-count">{count} selected</span>
      <label>
        Set alignment{' '}
        <select
          aria-label="Set alignment of the selected mappings"
          value=""
          onChange={(event) => event.target.value && on.onAlignment(event.target.value)}
        >
          <option value="">…</option>
          {alignments.map((q) => (
            <option key={q.id} value={q.id}>
              {q.label}
            </option>
          ))}
        </select>
      </label>
      <label>
        Set status{' '}
        <select
          aria-label="Set status of the selected mappings"
          value=""
          onChange={(event) =>
            event.target.value && on.onStatus(event.target.value as MappingStatus)
          }
        >
          <option value="">…</option>
          {MAPPING_STATUSES.map((status) => (
            <option key={status} value={status}>
              {status}
            </option>
          ))}
        </select>
      </label>
      <button type="button" onClick={on.onDelete}>
        Delete selected
      </button>
      <button type="button" onClick={on.onClear}>
        Clear selection
      </button>
    </div>
  );
}
