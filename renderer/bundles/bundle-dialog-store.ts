import { create } from 'zustand';

/** The bundle dialog that is open: export (with the diagrams ticked first), import, or none. */
export type BundleDialog = { kind: 'export'; diagramIds: string[] | null } | { kind: 'import' };

export const useBundleDialog = create<{ dialog: BundleDialog | null }>(() => ({ dialog: null }));

/** Opens a bundle dialog (File menu, palette, the diagram list's context menu), or closes it. */
export function openBundleDialog(dialog: BundleDialog | null): void {
  useBundleDialog.setState({ dialog });
}
