import { useState } from 'react';
import type { WorkspaceDocument } from '../../shared/model/document';
import { alignmentsOf } from '../../shared/model/workspace-schema';
import { Dialog } from '../dialogs/Dialog';
import { runCommands } from '../state/edit-actions';
import { setAuthorName, useAuthor } from './author';
import {
  scaleInvocations,
  scaleOf,
  scaleProblem,
  usesOf,
  type DraftQualifier,
} from './alignment-scale-edit';

interface Props {
  document: WorkspaceDocument;
  readOnly: boolean;
  onClose: () => void;
}

/**
 * The workspace's alignment scale (add, rename, weight; a qualifier in use is removed only with
 * a replacement chosen for its mappings) and "Your name", stamped on mappings you change.
 */
export function AlignmentSettingsDialog({ document, readOnly, onClose }: Props) {
  const before = alignmentsOf(document.workspace);
  const uses = usesOf(document.mappings.mappings);
  const [drafts, setDrafts] = useState<DraftQualifier[]>(before.map((q) => ({ ...q })));
  const [removed, setRemoved] = useState<Record<string, string>>({});
  const [name, setName] = useState(useAuthor.getState().name);
  const problem = scaleProblem(drafts);
  const unresolved = Object.entries(removed).find(([, to]) => to === '');

  const update = (index: number, next: Partial<DraftQualifier>) =>
    setDrafts((list) => list.map((d, i) => (i === index ? { ...d, ...next } : d)));

  const remove = (index: number) => {
    const draft = drafts[index];
    if (!draft) return;
    if (draft.id !== '' && (uses.get(draft.id) ?? 0) > 0) {
      setRemoved((r) => ({ ...r, [draft.id]: '' }));
    }
    setDrafts((list) => list.filter((_, i) => i !== index));
  };

  const save = () => {
    setAuthorName(name);
    if (!readOnly && !problem && !unresolved) {
      const scale = scaleOf(drafts);
      const same = JSON.stringify(scale) === JSON.stringify(before);
      if (!same) {
        const invocations = scaleInvocations(
          before,
          { scale, replacements: removed },
          document.mappings.mappings,
        );
        if (!runCommands('Change the alignment scale', invocations)) return;
      }
    }
    onClose();
  };

  const keptIds = drafts.filter((d) => d.id !== '');

  return (
    <Dialog title="Alignment scale" onCancel={onClose} wide>
      <p>
        How a mapping is qualified, and what it counts for in the weighted coverage (Full 1, Partial
        0.5 by default). TM Forum publishes no fixed scale: this one is the workspace&apos;s.
      </p>
      <table className="alignment-table" aria-label="Alignments">
        <thead>
          <tr>
            <th>Name</th>
            <th>Weight (0–1)</th>
            <th>Used by</th>
            <th />
          </tr>
        </thead>
        <tbody>
          {drafts.map((draft, index) => (
            <tr key={draft.id || `new-${index}`}>
              <td>
                <input
                  aria-label={`Name of alignment ${index + 1}`}
                  value={draft.label}
                  disabled={readOnly}
                  onChange={(e) => update(index, { label: e.target.value })}
                />
              </td>
              <td>
                <input
                  aria-label={`Weight of alignment ${index + 1}`}
                  type="number"
                  min={0}
                  max={1}
                  step={0.05}
                  value={draft.weight}
                  disabled={readOnly}
                  onChange={(e) => update(index, { weight: Number(e.target.value) })}
                />
              </td>
              <td>{draft.id === '' ? 'new' : `${uses.get(draft.id) ?? 0} mappings`}</td>
              <td>
                <button
                  type="button"
                  disabled={readOnly || drafts.length <= 1}
                  onClick={() => remove(index)}
                >
                  Remove
                </button>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
      <button
        type="button"
        disabled={readOnly}
        onClick={() => setDrafts((list) => [...list, { id: '', label: '', weight: 0.5 }])}
      >
        Add alignment
      </button>
      {Object.keys(removed).map((id) => (
        <p key={id} className="warning">
          <label>
            {uses.get(id) ?? 0} mappings use “{before.find((q) => q.id === id)?.label ?? id}”: they
            become{' '}
            <select
              aria-label={`Replacement for ${before.find((q) => q.id === id)?.label ?? id}`}
              value={removed[id]}
              onChange={(e) => setRemoved((r) => ({ ...r, [id]: e.target.value }))}
            >
              <option value="">choose…</option>
              {keptIds.map((q) => (
                <option key={q.id} value={q.id}>
                  {q.label}
                </option>
              ))}
            </select>
          </label>
        </p>
      ))}
      <div className="field">
        <label>
          Your name (stamped on the mappings you create and change)
          <input value={name} onChange={(e) => setName(e.target.value)} maxLength={200} />
        </label>
      </div>
      {(problem ?? unresolved) && (
        <p role="alert" className="mapping-error">
          {problem ?? 'Choose what the mappings of a removed alignment become.'}
        </p>
      )}
      <div className="dialog-actions">
        <button type="button" onClick={onClose}>
          Cancel
        </button>
        <button
          type="button"
          className="primary"
          disabled={Boolean(problem ?? unresolved)}
          onClick={save}
        >
          Save
        </button>
      </div>
    </Dialog>
  );
}
