import type { WorkspaceDocument } from '../../shared/model/document';
import type { ProcessId } from '../../shared/model/ids';
import { AnnotationFields } from './AnnotationFields';
import { FieldInput } from './FieldInput';
import { optionalText, setProcessFields } from './node-fields';

/**
 * A company process's own fields, edited in processes.json (every diagram showing it shows
 * the change): name, code, description, owner, tags, custom properties.
 */
export function CompanyProcessFields({
  document,
  processId,
  readOnly,
}: {
  document: WorkspaceDocument;
  processId: ProcessId;
  readOnly: boolean;
}) {
  const process = document.processes.processes.find((p) => p.id === processId);
  if (!process) {
    return (
      <p className="prop-error">{`Company process “${processId}” is not in processes.json.`}</p>
    );
  }
  return (
    <>
      <FieldInput
        label="Name"
        value={process.name}
        disabled={readOnly}
        onCommit={(name) => setProcessFields(process.id, { name })}
      />
      <FieldInput
        label="Code"
        value={process.code ?? ''}
        disabled={readOnly}
        onCommit={(code) =>
          setProcessFields(process.id, { code: optionalText(code)?.trim() ?? null })
        }
      />
      <AnnotationFields
        values={process}
        disabled={readOnly}
        links={false}
        onCommit={(fields) => {
          // Only the annotation fields a company process has; a field left out is not touched.
          const picked = Object.fromEntries(
            (['description', 'owner', 'tags', 'properties'] as const)
              .filter((key) => fields[key] !== undefined)
              .map((key) => [key, fields[key]]),
          );
          setProcessFields(process.id, picked);
        }}
      />
    </>
  );
}
