import { create } from 'zustand';

/** Whether the "Import processes from BPMN / ArchiMate" dialog is open. */
export const useModelImport = create<{ open: boolean }>(() => ({ open: false }));

/** Opens or closes the dialog (File menu, palette). */
export function openModelImport(open: boolean): void {
  useModelImport.setState({ open });
}
