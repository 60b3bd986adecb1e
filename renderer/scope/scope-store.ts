import { create } from 'zustand';

/** Whether the "Set scope of domains" dialog is open (it belongs to the scope list tab). */
export const useScopeDialog = create<{ bulkOpen: boolean }>(() => ({ bulkOpen: false }));

export function openBulkScope(): void {
  useScopeDialog.setState({ bulkOpen: true });
}

export function closeBulkScope(): void {
  useScopeDialog.setState({ bulkOpen: false });
}
