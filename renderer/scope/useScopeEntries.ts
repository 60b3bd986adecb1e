import { useMemo } from 'react';
import { targetKey } from '../../shared/model/framework-ref';
import type { ScopeEntry } from '../../shared/model/scope-schema';
import { useStudio } from '../state/studio-store';

const NONE: readonly ScopeEntry[] = [];

/** The workspace's own scope decisions by `pack|id` (targetKey), rebuilt when scope changes. */
export function useScopeEntries(): ReadonlyMap<string, ScopeEntry> {
  const entries = useStudio((s) => s.history?.document.scope.entries ?? NONE);
  return useMemo(() => new Map(entries.map((e) => [targetKey(e.target), e] as const)), [entries]);
}
