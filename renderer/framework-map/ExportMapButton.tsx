import { useState } from 'react';
import type { CoverageResult } from '../../shared/coverage/coverage-types';
import type { FrameworkCatalogue } from '../../shared/etom/catalogue';
import { ExportMapDialog } from './ExportMapDialog';
import { frameworkMapPicture, heatMapPicture } from './map-picture';

interface Props {
  scheme: string;
  catalogue: FrameworkCatalogue | undefined;
  /** Given on the heat map: the export paints each process by its coverage, with the key. */
  coverage?: CoverageResult;
}

/** "Export map…" in a map's toolbar: opens the export dialog for the map (or heat map) shown. */
export function ExportMapButton({ scheme, catalogue, coverage }: Props) {
  const [open, setOpen] = useState(false);
  return (
    <>
      <button
        type="button"
        className="small"
        disabled={catalogue === undefined}
        onClick={() => setOpen(true)}
      >
        Export map…
      </button>
      {open && catalogue && (
        <ExportMapDialog
          scheme={scheme}
          picture={
            coverage === undefined
              ? frameworkMapPicture(scheme, catalogue)
              : heatMapPicture(catalogue, coverage)
          }
          onClose={() => setOpen(false)}
        />
      )}
    </>
  );
}
