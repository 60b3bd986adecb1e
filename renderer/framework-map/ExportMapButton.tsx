import { useState } from 'react';
import type { FrameworkCatalogue } from '../../shared/etom/catalogue';
import { ExportMapDialog } from './ExportMapDialog';

interface Props {
  scheme: string;
  catalogue: FrameworkCatalogue | undefined;
}

/** "Export map…" in the map's toolbar: opens the export dialog for the scheme shown. */
export function ExportMapButton({ scheme, catalogue }: Props) {
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
        <ExportMapDialog scheme={scheme} catalogue={catalogue} onClose={() => setOpen(false)} />
      )}
    </>
  );
}
