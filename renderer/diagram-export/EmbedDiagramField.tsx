import '../ui/choice-group.css';
import { buildBundle } from '../../shared/bundle/build-bundle';
import type { DiagramFile } from '../../shared/model/diagram-schema';
import type { WorkspaceDocument } from '../../shared/model/document';

/** The diagram's bundle (with the processes and mappings it uses) as compact JSON to embed. */
export function embeddedBundle(document: WorkspaceDocument, diagram: DiagramFile): string {
  return JSON.stringify(buildBundle(document, [diagram.id], new Date().toISOString()));
}

/**
 * "Embed the diagram in the picture": off by default, since the picture then carries the
 * diagram's processes and mappings to whoever receives it. Whole diagrams only.
 */
export function EmbedDiagramField(props: {
  checked: boolean;
  disabled: boolean;
  onChange: (checked: boolean) => void;
}) {
  return (
    <label className="choice-line">
      <input
        type="checkbox"
        checked={props.checked}
        disabled={props.disabled}
        onChange={(event) => props.onChange(event.target.checked)}
      />
      <span>
        Embed the diagram in the picture{' '}
        <span className="muted">
          {props.disabled
            ? '(whole diagram only)'
            : '(reopens with File > Import bundle…; carries its processes and mappings)'}
        </span>
      </span>
    </label>
  );
}
