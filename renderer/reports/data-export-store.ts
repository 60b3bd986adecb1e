import { create } from 'zustand';
import type { DataExportKind } from '../../shared/ipc/methods/report-methods';

/** Which export dialog is open: the report, the coverage, the mapping table, or none. */
export const useDataExport = create<{ kind: DataExportKind | null }>(() => ({ kind: null }));

/** Opens the export dialog for `kind` (from the File menu, the palette or a toolbar). */
export function openDataExport(kind: DataExportKind | null): void {
  useDataExport.setState({ kind });
}
