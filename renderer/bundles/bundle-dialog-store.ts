import { create } from 'zustand';
import type { OfferedPath } from '../../shared/ipc/path-ref';

/**
 * The bundle dialog that is open: export (with the diagrams ticked first), import (of a file
 * named at launch, read at once, or one the user will choose), or none. An import asked for
 * before any workspace is open waits and shows once one is.
 */
export type BundleDialog =
  { kind: 'export'; diagramIds: string[] | null } | { kind: 'import'; file?: OfferedPath };

export const useBundleDialog = create<{ dialog: BundleDialog | null }>(() => ({ dialog: null }));

/** Opens a bundle dialog (File menu, palette, the diagram list's context menu), or closes it. */
export function openBundleDialog(dialog: BundleDialog | null): void {
  useBundleDialog.setState({ dialog });
}
