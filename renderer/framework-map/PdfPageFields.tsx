import { useId } from 'react';
import '../ui/choice-group.css';
import type { PdfOrientation, PdfPageSize } from '../../shared/ipc/methods/export-methods';

/** The page a PDF export is laid out on. */
export interface PdfPageChoice {
  size: PdfPageSize;
  orientation: PdfOrientation;
}

/** The page options export.write takes for `choice`: orientation only where it applies. */
export function pdfPage(choice: PdfPageChoice): {
  size: PdfPageSize;
  orientation?: PdfOrientation;
} {
  return choice.size === 'fit' ? { size: 'fit' } : { ...choice };
}

const SIZES: ReadonlyArray<{ id: PdfPageSize; label: string }> = [
  { id: 'fit', label: 'Drawing size' },
  { id: 'a4', label: 'A4' },
  { id: 'a3', label: 'A3' },
];

interface Props {
  value: PdfPageChoice;
  onChange: (next: PdfPageChoice) => void;
}

/**
 * Page size and orientation for a PDF export. A page of the drawing's own size takes the
 * drawing's shape, so orientation applies to A4 and A3 only.
 */
export function PdfPageFields({ value, onChange }: Props) {
  const sizeId = useId();
  return (
    <fieldset className="choice-row">
      <legend>Page</legend>
      <label htmlFor={sizeId}>Size</label>
      <select
        id={sizeId}
        value={value.size}
        onChange={(event) => onChange({ ...value, size: event.target.value as PdfPageSize })}
      >
        {SIZES.map((size) => (
          <option key={size.id} value={size.id}>
            {size.label}
          </option>
        ))}
      </select>
      {(['portrait', 'landscape'] as const).map((orientation) => (
        <label key={orientation}>
          <input
            type="radio"
            name="pdf-orientation"
            value={orientation}
            checked={value.orientation === orientation}
            disabled={value.size === 'fit'}
            onChange={() => onChange({ ...value, orientation })}
          />
          {orientation === 'portrait' ? 'Portrait' : 'Landscape'}
        </label>
      ))}
    </fieldset>
  );
}
