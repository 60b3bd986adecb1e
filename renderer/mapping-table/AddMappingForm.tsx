import { useMemo, useState, type FormEvent } from 'react';
import type { FrameworkCatalogue } from '../../shared/etom/catalogue';
import type { CompanyProcess } from '../../shared/model/process-schema';
import type { AlignmentQualifier } from '../../shared/model/workspace-schema';
import { createMappings } from '../mappings/mapping-actions';
import { TypeAheadField } from './TypeAheadField';
import { processFinder, processLabel, resolveTarget, targetLabel } from '../mappings/resolve-names';
import { frameworkTargetOf } from '../../shared/mapping/framework-target';

interface Props {
  processes: readonly CompanyProcess[];
  catalogue: FrameworkCatalogue | undefined;
  scale: readonly AlignmentQualifier[];
  disabled: boolean;
}

/** A row to add one mapping: company process and eTOM process picked with type-ahead. */
export function AddMappingForm({ processes, catalogue, scale, disabled }: Props) {
  const [process, setProcess] = useState('');
  const [target, setTarget] = useState('');
  const [alignment, setAlignment] = useState(scale[0]?.id ?? 'full');
  const [error, setError] = useState<string | null>(null);
  const find = useMemo(() => processFinder(processes), [processes]);
  const processChoices = useMemo(() => processes.map(processLabel), [processes]);
  const targetChoices = useMemo(() => catalogue?.processes.map(targetLabel) ?? [], [catalogue]);

  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (!catalogue) return;
    const company = find(process);
    const framework = resolveTarget(target, catalogue);
    if (!company.ok || !framework.ok) {
      setError([company, framework].flatMap((r) => (r.ok ? [] : [r.error])).join('; '));
      return;
    }
    const created = createMappings([
      {
        processId: company.value.id,
        target: frameworkTargetOf(catalogue, framework.value.id),
        alignment,
      },
    ]);
    if (created) {
      setError(null);
      setProcess('');
      setTarget('');
    }
  };

  return (
    <form className="mapping-add" onSubmit={submit} aria-label="Add a mapping">
      <TypeAheadField
        label="Company process"
        placeholder="Company process…"
        value={process}
        choices={processChoices}
        disabled={disabled}
        onChange={setProcess}
      />
      <span aria-hidden="true">→</span>
      <TypeAheadField
        label="eTOM process"
        placeholder="eTOM id or name…"
        value={target}
        choices={targetChoices}
        disabled={disabled}
        onChange={setTarget}
      />
      <select
        aria-label="Alignment"
        value={alignment}
        onChange={(event) => setAlignment(event.target.value)}
        disabled={disabled}
      >
        {scale.map((q) => (
          <option key={q.id} value={q.id}>
            {q.label}
          </option>
        ))}
      </select>
      <button type="submit" disabled={disabled || !catalogue}>
        Add mapping
      </button>
      {error && (
        <span role="alert" className="mapping-error">
          {error}
        </span>
      )}
    </form>
  );
}
