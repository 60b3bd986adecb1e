import { useState, type FormEvent } from 'react';
import type { MappingChanges } from '../../shared/commands/mapping-commands';
import type { Mapping, MappingStatus } from '../../shared/model/mapping-schema';
import { MAPPING_STATUSES } from '../../shared/model/mapping-schema';
import type { AlignmentQualifier } from '../../shared/model/workspace-schema';
import { Dialog } from '../dialogs/Dialog';
import { editMappings } from './mapping-actions';

interface Props {
  mapping: Mapping;
  title: string;
  scale: readonly AlignmentQualifier[];
  onClose: () => void;
}

const LINK = /^https?:\/\/\S+$/i;

/** Edits one mapping's alignment, status, rationale and evidence links: one undo step. */
export function EditMappingDialog({ mapping, title, scale, onClose }: Props) {
  const [alignment, setAlignment] = useState(mapping.alignment);
  const [status, setStatus] = useState<MappingStatus>(mapping.status);
  const [rationale, setRationale] = useState(mapping.rationale ?? '');
  const [evidence, setEvidence] = useState(
    (mapping.evidence ?? []).map((link) => link.url).join('\n'),
  );
  const links = evidence
    .split(/\r?\n/)
    .map((line) => line.trim())
    .filter(Boolean);
  const badLink = links.find((url) => !LINK.test(url));

  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (badLink) return;
    const changes: MappingChanges = {};
    if (alignment !== mapping.alignment) changes.alignment = alignment;
    if (status !== mapping.status) changes.status = status;
    if (rationale.trim() !== (mapping.rationale ?? '')) {
      changes.rationale = rationale.trim() === '' ? null : rationale.trim();
    }
    const before = (mapping.evidence ?? []).map((l) => l.url).join('\n');
    if (links.join('\n') !== before) {
      changes.evidence = links.length === 0 ? null : links.map((url) => ({ url }));
    }
    if (Object.keys(changes).length > 0) editMappings([mapping.id], changes);
    onClose();
  };

  return (
    <Dialog title={`Mapping: ${title}`} onCancel={onClose}>
      <form className="dialog-form mapping-edit" onSubmit={submit}>
        <label>
          Alignment
          <select value={alignment} onChange={(e) => setAlignment(e.target.value)}>
            {scale.map((q) => (
              <option key={q.id} value={q.id}>
                {q.label}
              </option>
            ))}
          </select>
        </label>
        <label>
          Status
          <select value={status} onChange={(e) => setStatus(e.target.value as MappingStatus)}>
            {MAPPING_STATUSES.map((s) => (
              <option key={s} value={s}>
                {s}
              </option>
            ))}
          </select>
        </label>
        <label>
          Rationale
          <textarea rows={4} value={rationale} onChange={(e) => setRationale(e.target.value)} />
        </label>
        <label>
          Evidence links (one per line)
          <textarea rows={3} value={evidence} onChange={(e) => setEvidence(e.target.value)} />
        </label>
        {badLink && (
          <p role="alert" className="mapping-error">
            Only http:// and https:// links: “{badLink}”
          </p>
        )}
        <p className="mapping-stamp">
          {mapping.createdAt && `Created ${mapping.createdAt.slice(0, 16).replace('T', ' ')}`}
          {mapping.createdBy && ` by ${mapping.createdBy}`}
          {mapping.updatedAt && ` · updated ${mapping.updatedAt.slice(0, 16).replace('T', ' ')}`}
          {mapping.updatedBy && ` by ${mapping.updatedBy}`}
        </p>
        <div className="dialog-actions">
          <button type="button" onClick={onClose}>
            Cancel
          </button>
          <button type="submit" className="primary" disabled={Boolean(badLink)}>
            Save mapping
          </button>
        </div>
      </form>
    </Dialog>
  );
}
