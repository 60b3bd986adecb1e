import { useMemo } from 'react';
import {
  recordConflictItems,
  type ConflictMarks,
  type RecordConflictItem,
} from '../../shared/merge/conflict-resolution';
import { danglingReferences, type DanglingReference } from '../../shared/merge/cross-references';
import type { WorkspaceDocument } from '../../shared/model/document';
import { catalogueFor } from '../framework/pack-store';
import { useStudio } from '../state/studio-store';
import { useMerge, type MergeState } from './merge-store';

/** Everything the resolution view lists, read against the document as it is now. */
export interface MergeItems {
  conflicts: RecordConflictItem[];
  references: DanglingReference[];
  /** Conflicts and references still waiting for a choice (stale ones included). */
  open: number;
  /** Of those, the recorded merge conflicts. */
  openConflicts: number;
}

/** The conflicts and dangling references of `document`; pure apart from the pack lookup. */
export function mergeItems(document: WorkspaceDocument, merge: MergeState): MergeItems {
  const conflicts = merge.records.flatMap((record) =>
    recordConflictItems(document, record, merge.choices),
  );
  const references = danglingReferences(document, catalogueFor, merge.records);
  const openConflicts = conflicts.filter((item) => item.state !== 'resolved').length;
  const open =
    openConflicts + references.filter((item) => merge.choices.get(item.id) !== 'kept').length;
  return { conflicts, references, open, openConflicts };
}

/** The resolution view's items, recomputed when the document, records or choices change. */
export function useMergeItems(): MergeItems | null {
  const document = useStudio((s) => s.history?.document ?? null);
  const merge = useMerge();
  return useMemo(() => (document ? mergeItems(document, merge) : null), [document, merge]);
}

/** Where the unresolved items show on screen: node ids by diagram, mapping ids. */
export function openMarks(items: MergeItems, choices: MergeState['choices']): ConflictMarks {
  const marks: ConflictMarks = { nodes: [], mappings: [] };
  const add = (more: ConflictMarks) => {
    marks.nodes.push(...more.nodes);
    marks.mappings.push(...more.mappings);
  };
  for (const item of items.conflicts) if (item.state !== 'resolved') add(item.marks);
  for (const item of items.references) if (choices.get(item.id) !== 'kept') add(item.marks);
  return marks;
}
