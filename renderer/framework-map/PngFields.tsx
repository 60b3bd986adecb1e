import { useId } from 'react';
import '../ui/choice-group.css';

/** How a PNG export is rasterised: pixels per SVG unit, and what shows where nothing is drawn. */
export interface PngChoice {
  scale: number;
  transparent: boolean;
}

interface Props {
  value: PngChoice;
  onChange: (next: PngChoice) => void;
}

/** Scale (1× to 4×) and background (white or transparent) of a PNG map export. */
export function PngFields({ value, onChange }: Props) {
  const scaleId = useId();
  return (
    <fieldset className="choice-row">
      <legend>Image</legend>
      <label htmlFor={scaleId}>Scale</label>
      <select
        id={scaleId}
        value={value.scale}
        onChange={(event) => onChange({ ...value, scale: Number(event.target.value) })}
      >
        {[1, 2, 3, 4].map((s) => (
          <option key={s} value={s}>{`${s}×`}</option>
        ))}
      </select>
      <label>
        <input
          type="checkbox"
          checked={value.transparent}
          onChange={(event) => onChange({ ...value, transparent: event.target.checked })}
        />
        Transparent background
      </label>
    </fieldset>
  );
}
