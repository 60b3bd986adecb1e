import { useState } from 'react';
import type { ProcessFieldChanges } from '../../shared/commands/process-commands';
import type { CompanyProcess } from '../../shared/model/process-schema';
import { runCommand } from '../state/edit-actions';

type TextField = 'name' | 'code' | 'description' | 'owner';

/** Saves one field when it changed: empty text clears an optional field. */
function save(process: CompanyProcess, fields: ProcessFieldChanges): void {
  runCommand({ name: 'process.update', args: { id: process.id, fields } }, 'Edit process');
}

function TextInput(props: {
  process: CompanyProcess;
  field: TextField;
  label: string;
  multiline?: boolean;
  readOnly: boolean;
}) {
  const { process, field, label, multiline, readOnly } = props;
  const current = process[field] ?? '';
  const [text, setText] = useState(current);
  // A change from elsewhere (undo, rename in the tree) shows here.
  const [shown, setShown] = useState(current);
  if (shown !== current) {
    setShown(current);
    setText(current);
  }
  const commit = () => {
    if (text === current) return;
    save(process, { [field]: text.trim() === '' && field !== 'name' ? null : text });
  };
  const common = {
    value: text,
    readOnly,
    onChange: (e: React.ChangeEvent<HTMLInputElement | HTMLTextAreaElement>) =>
      setText(e.target.value),
    onBlur: commit,
  };
  return (
    <label className="catalogue-field">
      <span>{label}</span>
      {multiline ? (
        <textarea rows={4} {...common} />
      ) : (
        <input
          {...common}
          onKeyDown={(e) => {
            if (e.key === 'Enter') commit();
          }}
        />
      )}
    </label>
  );
}

/** The details of one company process: every field, each saved as an undo step on leaving it. */
export function ProcessFieldsForm({
  process,
  readOnly,
}: {
  process: CompanyProcess;
  readOnly: boolean;
}) {
  const tags = (process.tags ?? []).join(', ');
  const [tagText, setTagText] = useState(tags);
  const [shownTags, setShownTags] = useState(tags);
  if (shownTags !== tags) {
    setShownTags(tags);
    setTagText(tags);
  }
  const properties = process.properties ?? [];
  return (
    <form
      className="catalogue-form"
      aria-label="Process details"
      onSubmit={(e) => e.preventDefault()}
    >
      <TextInput process={process} field="code" label="Code" readOnly={readOnly} />
      <TextInput process={process} field="name" label="Name" readOnly={readOnly} />
      <TextInput process={process} field="owner" label="Owner" readOnly={readOnly} />
      <label className="catalogue-field">
        <span>Level</span>
        <input
          type="number"
          min={0}
          max={20}
          readOnly={readOnly}
          value={process.level ?? ''}
          onChange={(e) =>
            save(process, { level: e.target.value === '' ? null : Number(e.target.value) })
          }
        />
      </label>
      <label className="catalogue-field">
        <span>Tags (comma separated)</span>
        <input
          value={tagText}
          readOnly={readOnly}
          onChange={(e) => setTagText(e.target.value)}
          onBlur={() => {
            const list = [
              ...new Set(
                tagText
                  .split(',')
                  .map((t) => t.trim())
                  .filter(Boolean),
              ),
            ];
            if (list.join(', ') !== tags) save(process, { tags: list.length ? list : null });
          }}
        />
      </label>
      <TextInput
        process={process}
        field="description"
        label="Description"
        multiline
        readOnly={readOnly}
      />
      <label className="catalogue-check">
        <input
          type="checkbox"
          disabled={readOnly}
          checked={process.extension === true}
          onChange={(e) => save(process, { extension: e.target.checked ? true : null })}
        />
        Not in eTOM (a company extension)
      </label>
      <fieldset className="catalogue-properties">
        <legend>Properties</legend>
        {properties.map((property, index) => (
          <div key={index} className="catalogue-property">
            <input
              aria-label={`Property ${index + 1} key`}
              defaultValue={property.key}
              readOnly={readOnly}
              onBlur={(e) => {
                if (e.target.value.trim() === '' || e.target.value === property.key) return;
                const next = properties.slice();
                next[index] = { ...property, key: e.target.value };
                save(process, { properties: next });
              }}
            />
            <input
              aria-label={`Property ${index + 1} value`}
              defaultValue={property.value}
              readOnly={readOnly}
              onBlur={(e) => {
                if (e.target.value === property.value) return;
                const next = properties.slice();
                next[index] = { ...property, value: e.target.value };
                save(process, { properties: next });
              }}
            />
            <button
              type="button"
              aria-label={`Remove property ${property.key}`}
              disabled={readOnly}
              onClick={() => {
                const next = properties.filter((_, i) => i !== index);
                save(process, { properties: next.length ? next : null });
              }}
            >
              ×
            </button>
          </div>
        ))}
        <button
          type="button"
          disabled={readOnly}
          onClick={() =>
            save(process, {
              properties: [...properties, { key: `Property ${properties.length + 1}`, value: '' }],
            })
          }
        >
          Add property
        </button>
      </fieldset>
    </form>
  );
}
