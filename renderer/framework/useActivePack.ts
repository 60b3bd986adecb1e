import { DEFAULT_PACK_ID } from '../../shared/etom/registry';
import { useStudio } from '../state/studio-store';

/** The pack the open workspace names (workspace.json `framework.pack`), else the default. */
export function useActivePackId(): string {
  return useStudio((s) => s.history?.document.workspace.framework.pack ?? DEFAULT_PACK_ID);
}
