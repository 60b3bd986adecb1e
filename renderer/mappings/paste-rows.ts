import type { FrameworkCatalogue } from '../../shared/etom/catalogue';
import { targetKey } from '../../shared/model/framework-ref';
import type { Mapping } from '../../shared/model/mapping-schema';
import type { CompanyProcess } from '../../shared/model/process-schema';
import type { AlignmentQualifier } from '../../shared/model/workspace-schema';
import type { NewMapping } from './mapping-actions';
import { processFinder, resolveAlignment, resolveTarget } from './resolve-names';
import { frameworkTargetOf } from '../../shared/mapping/framework-target';

/** One pasted line, split into its cells. */
export interface PastedLine {
  /** 1-based, as the user counts the lines of the paste. */
  line: number;
  cells: string[];
}

/** The most lines one paste takes (a whole catalogue's mappings fit). */
export const MAX_PASTE_LINES = 20_000;

/**
 * Splits pasted text into lines and cells. Cells are separated by tabs (rows copied from a
 * spreadsheet) or, where a line has no tab, by `|` (typed by hand). Blank lines are skipped, and
 * a first line that reads like a heading (`company process | eTOM id | ...`).
 */
export function splitPaste(text: string): PastedLine[] {
  const lines: PastedLine[] = [];
  text
    .replace(/^\uFEFF/, '')
    .split(/\r\n|\r|\n/)
    .forEach((raw, index) => {
      if (raw.trim() === '') return;
      const cells = (raw.includes('\t') ? raw.split('\t') : raw.split('|')).map((c) => c.trim());
      lines.push({ line: index + 1, cells });
    });
  const first = lines[0];
  if (
    first &&
    /company|process/i.test(first.cells[0] ?? '') &&
    /etom|id/i.test(first.cells[1] ?? '')
  ) {
    lines.shift();
  }
  return lines;
}

/** A pasted line checked against the workspace: a mapping to create, or why not. */
export type PasteRow =
  | { line: number; ok: true; entry: NewMapping; processName: string; targetName: string }
  | { line: number; ok: false; errors: string[]; cells: string[] };

export interface PasteContext {
  processes: readonly CompanyProcess[];
  catalogue: FrameworkCatalogue;
  scale: readonly AlignmentQualifier[];
  existing: readonly Mapping[];
}

/**
 * Checks every pasted line: the company process (name, code or `CODE Name`), the eTOM id in the
 * workspace's pack, the alignment (id or label; blank takes the first of the scale) and an
 * optional note, which becomes the rationale. A pair mapped already, or twice in the paste, is
 * an error of its line; nothing is created from a line with an error.
 */
export function checkPaste(lines: readonly PastedLine[], context: PasteContext): PasteRow[] {
  const findProcess = processFinder(context.processes);
  const taken = new Set(context.existing.map((m) => `${m.processId}>${targetKey(m.target)}`));
  const pack = context.catalogue.pack;
  return lines.map(({ line, cells }) => {
    const [processText = '', idText = '', alignmentText = '', ...rest] = cells;
    const note = rest.join(' | ').trim();
    const errors: string[] = [];
    const process = findProcess(processText);
    const target = resolveTarget(idText, context.catalogue);
    const alignment = resolveAlignment(alignmentText, context.scale);
    if (!process.ok) errors.push(process.error);
    if (!target.ok) errors.push(target.error);
    if (!alignment.ok) errors.push(alignment.error);
    if (!process.ok || !target.ok || !alignment.ok) return { line, ok: false, errors, cells };
    const key = `${process.value.id}>${targetKey({ pack: pack.id, id: target.value.id })}`;
    if (taken.has(key)) {
      return {
        line,
        ok: false,
        errors: [`"${process.value.name}" is already mapped to ${target.value.id}`],
        cells,
      };
    }
    taken.add(key);
    return {
      line,
      ok: true,
      processName: process.value.name,
      targetName: `${target.value.id} ${target.value.name}`,
      entry: {
        processId: process.value.id,
        target: frameworkTargetOf(context.catalogue, target.value.id),
        alignment: alignment.value.id,
        ...(note === '' ? {} : { rationale: note }),
      },
    };
  });
}
