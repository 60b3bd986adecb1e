import { describe, expect, it } from 'vitest';
import { conflictRecord } from '../../../../main/services/merge/conflict-record';
import { applyCommand } from '../../../../shared/commands/catalogue';
import type { MergeRecord } from '../../../../shared/merge/conflict-record-schema';
import { parsePath } from '../../../../shared/merge/conflict-place';
import {
  applyChoices,
  documentEdit,
  recordConflictItems,
  settledRecords,
  type Choice,
} from '../../../../shared/merge/conflict-resolution';
import { formatPath } from '../../../../shared/merge/merge-conflict';
import { mergeFile } from '../../../../shared/merge/merge-file';
import type { DiagramFile, DiagramNode } from '../../../../shared/model/diagram-schema';
import type { WorkspaceDocument } from '../../../../shared/model/document';
import { fileText } from '../../../../shared/model/file-text';
import { validateFileText } from '../../../../shared/model/validate';
import { buildDocument } from '../../../fixtures/workspace-builder';

type Labelled = DiagramNode & { label?: string };

const clone = <T>(value: T): T => structuredClone(value);

function relabel(diagram: DiagramFile, id: string, label: string): DiagramFile {
  const next = clone(diagram);
  (next.nodes.find((n) => n.id === id) as Labelled).label = label;
  return next;
}

function without(diagram: DiagramFile, id: string): DiagramFile {
  const next = clone(diagram);
  next.nodes = next.nodes.filter((n) => n.id !== id);
  next.edges = next.edges.filter((e) => e.source !== id && e.target !== id);
  return next;
}

/**
 * Merges three versions of the first diagram the way the driver does and gives the workspace
 * as the app opens it afterwards, with the record the driver wrote.
 */
function afterMerge(edit: {
  ours: (d: DiagramFile) => DiagramFile;
  theirs: (d: DiagramFile) => DiagramFile;
}): { document: WorkspaceDocument; record: MergeRecord } {
  const document = buildDocument({ diagrams: 1, nodesPerDiagram: 6 });
  const base = document.diagrams[0] as DiagramFile;
  const file = `ws/diagrams/${base.id}.json`;
  const merged = mergeFile(
    'diagram',
    {
      base: fileText('diagram', base),
      ours: fileText('diagram', edit.ours(base)),
      theirs: fileText('diagram', edit.theirs(base)),
    },
    file,
  );
  const written = conflictRecord(file, 'diagram', merged.conflicts);
  const diagram = validateFileText('diagram', merged.text, file).value;
  return {
    document: { ...document, diagrams: [diagram] },
    record: { file: written.file, hash: 'h'.repeat(64), conflicts: written.conflicts },
  };
}

function labelOf(document: WorkspaceDocument, id: string): unknown {
  const node = document.diagrams[0]?.nodes.find((n) => n.id === id);
  return node && 'label' in node ? node.label : undefined;
}

describe('parsePath', () => {
  it('reads back every path formatPath writes', () => {
    const paths = [
      ['nodes', { key: 'n-1' }, 'label'],
      ['processes', { key: 'p "odd" \\ id' }, 'code'],
      ['entries', { key: 'gb921-v25.5|1.3' }],
      ['workspace', 'framework', 'pack'],
      ['style', 'with space'],
    ] as const;
    for (const path of paths) {
      const text = formatPath(path);
      const back = parsePath(text);
      expect(back && formatPath(back)).toBe(text);
    }
    expect(parsePath('nodes[n-1]')).toBeNull();
    expect(parsePath('nodes["n-1"')).toBeNull();
  });
});

describe('resolving a recorded conflict', () => {
  const bothRelabel = () =>
    afterMerge({
      ours: (d) => relabel(d, 'n-0', 'Ours'),
      theirs: (d) => relabel(d, 'n-0', 'Theirs'),
    });

  it('lists the element by name, the field, and the three values', () => {
    const { document, record } = bothRelabel();
    const [item] = recordConflictItems(document, record, new Map());
    expect(item).toMatchObject({
      kind: 'both-changed',
      element: 'Node "Ours" (n-0)',
      field: 'label',
      base: 'Step 0',
      ours: 'Ours',
      theirs: 'Theirs',
      state: 'open',
      choices: ['ours', 'theirs'],
    });
    expect(item?.marks.nodes).toEqual([{ diagramId: document.diagrams[0]?.id, nodeId: 'n-0' }]);
  });

  it('takes theirs as one document edit, which undo takes back', () => {
    const { document, record } = bothRelabel();
    const [item] = recordConflictItems(document, record, new Map());
    const picks = [{ id: item?.id ?? '', choice: 'theirs' as Choice }];
    const after = applyChoices(document, [record], picks);
    const applied = applyCommand(document, documentEdit(document, after));
    expect(labelOf(applied.document, 'n-0')).toBe('Theirs');
    const choices = new Map(picks.map((p) => [p.id, p.choice]));
    expect(recordConflictItems(applied.document, record, choices)[0]?.state).toBe('resolved');
    expect(
      settledRecords(recordConflictItems(applied.document, record, choices), [record]),
    ).toEqual([record]);
    // Undone: the workspace holds ours again, so the conflict is open again.
    const undone = applyCommand(applied.document, applied.inverse).document;
    expect(labelOf(undone, 'n-0')).toBe('Ours');
    expect(recordConflictItems(undone, record, choices)[0]?.state).toBe('open');
    expect(settledRecords(recordConflictItems(undone, record, choices), [record])).toEqual([]);
  });

  it('reports a conflict whose element was edited since the merge, and applies nothing', () => {
    const { document, record } = bothRelabel();
    const edited = { ...document, diagrams: [relabel(document.diagrams[0]!, 'n-0', 'Mine now')] };
    const [item] = recordConflictItems(edited, record, new Map());
    expect(item?.state).toBe('stale');
    expect(item?.choices).toEqual(['kept']);
    const after = applyChoices(edited, [record], [{ id: item?.id ?? '', choice: 'theirs' }]);
    expect(after).toBe(edited);
  });

  it('brings back a node deleted on our side and changed on theirs', () => {
    const { document, record } = afterMerge({
      ours: (d) => without(d, 'n-3'),
      theirs: (d) => relabel(d, 'n-3', 'Kept by them'),
    });
    const items = recordConflictItems(document, record, new Map());
    const item = items.find((i) => i.kind === 'deleted-ours-changed-theirs');
    expect(item).toMatchObject({ element: 'Node "Kept by them" (n-3)', field: null });
    expect(labelOf(document, 'n-3')).toBeUndefined();
    const after = applyChoices(document, [record], [{ id: item?.id ?? '', choice: 'theirs' }]);
    expect(labelOf(applyCommand(document, documentEdit(document, after)).document, 'n-3')).toBe(
      'Kept by them',
    );
  });

  it('deletes an element changed on our side when theirs (the delete) is taken', () => {
    const { document, record } = afterMerge({
      ours: (d) => relabel(d, 'n-3', 'Changed by us'),
      theirs: (d) => without(d, 'n-3'),
    });
    const item = recordConflictItems(document, record, new Map()).find(
      (i) => i.kind === 'changed-ours-deleted-theirs',
    );
    const after = applyChoices(document, [record], [{ id: item?.id ?? '', choice: 'theirs' }]);
    const applied = applyCommand(document, documentEdit(document, after)).document;
    expect(applied.diagrams[0]?.nodes.some((n) => n.id === 'n-3')).toBe(false);
  });

  it('takes ours without changing a value: an edit that changes nothing', () => {
    const { document, record } = bothRelabel();
    const [item] = recordConflictItems(document, record, new Map());
    const after = applyChoices(document, [record], [{ id: item?.id ?? '', choice: 'ours' }]);
    expect(after).toBe(document);
    const choices = new Map<string, Choice>([[item?.id ?? '', 'ours']]);
    expect(recordConflictItems(document, record, choices)[0]?.state).toBe('resolved');
  });
});
