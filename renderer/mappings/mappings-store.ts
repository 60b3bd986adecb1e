import { create } from 'zustand';
import type { MappingId, ProcessId } from '../../shared/model/ids';

/** The mapping dialogs; one at a time. */
export type MappingDialog =
  | { kind: 'paste' }
  | { kind: 'suggest'; processId: ProcessId | null }
  | { kind: 'alignments' }
  | { kind: 'upgrade' }
  | { kind: 'edit'; id: MappingId };

export const useMappingDialogs = create<{ dialog: MappingDialog | null }>(() => ({
  dialog: null,
}));

export function openMappingDialog(dialog: MappingDialog): void {
  useMappingDialogs.setState({ dialog });
}

export function closeMappingDialog(): void {
  useMappingDialogs.setState({ dialog: null });
}
