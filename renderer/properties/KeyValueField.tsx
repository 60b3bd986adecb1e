import type { ElementProperty } from '../../shared/model/element-fields';
import { FieldInput } from './FieldInput';

/** Custom key/value properties, in the analyst's order: edit, add, remove; one step each. */
export function KeyValueField({
  properties,
  disabled,
  onCommit,
}: {
  properties: readonly ElementProperty[];
  disabled: boolean;
  onCommit: (properties: ElementProperty[]) => void;
}) {
  const change = (index: number, next: Partial<ElementProperty>) =>
    onCommit(properties.map((p, i) => (i === index ? { ...p, ...next } : p)));
  return (
    <div className="prop-section">
      <h3>Properties</h3>
      {properties.map((property, index) => (
        <div className="prop-row prop-kv" key={index}>
          <FieldInput
            label={`Property ${index + 1} key`}
            value={property.key}
            disabled={disabled}
            onCommit={(key) => change(index, { key })}
          />
          <FieldInput
            label={`Property ${index + 1} value`}
            value={property.value}
            disabled={disabled}
            onCommit={(value) => change(index, { value })}
          />
          <button
            type="button"
            className="quiet small"
            aria-label={`Remove property ${property.key}`}
            disabled={disabled}
            onClick={() => onCommit(properties.filter((_, i) => i !== index))}
          >
            ×
          </button>
        </div>
      ))}
      <button
        type="button"
        className="small"
        disabled={disabled}
        onClick={() =>
          onCommit([...properties, { key: `Property ${properties.length + 1}`, value: '' }])
        }
      >
        Add property
      </button>
    </div>
  );
}
