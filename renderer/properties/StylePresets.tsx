import type { DiagramNode, NodeStyle } from '../../shared/model/diagram-schema';
import { presetOf, STYLE_PRESETS } from './style-presets';

/** Style presets (fill, border, text together) for the selected nodes. */
export function StylePresets({
  nodes,
  disabled,
  onPick,
}: {
  nodes: readonly DiagramNode[];
  disabled: boolean;
  onPick: (style: NodeStyle | null) => void;
}) {
  const current = new Set(nodes.map((n) => presetOf(n.style)));
  const common = current.size === 1 ? [...current][0] : undefined;
  return (
    <div className="prop-section">
      <h3>Style</h3>
      <div className="prop-presets" role="group" aria-label="Style presets">
        {STYLE_PRESETS.map((preset) => (
          <button
            key={preset.name}
            type="button"
            className="prop-preset small"
            aria-pressed={common === preset.name}
            disabled={disabled}
            style={
              preset.style
                ? {
                    background: preset.style.fill,
                    borderColor: preset.style.border,
                    color: preset.style.text,
                  }
                : undefined
            }
            onClick={() => onPick(preset.style)}
          >
            {preset.name}
          </button>
        ))}
      </div>
    </div>
  );
}
