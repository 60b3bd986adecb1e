import type { FrameworkRef } from '../../shared/model/framework-ref';
import type { FrameworkProcessId } from '../../shared/model/ids';
import { isProcessIdText } from '../../shared/etom/process-id';

/** The MIME type a dragged framework process travels under. */
export const PROCESS_MIME = 'application/x-etom-process';

/**
 * The payload written into a drag's dataTransfer: a reference (pack and id, spelt as a
 * framework node spells them), never a copy of the name.
 */
export function encodeProcessRef(ref: FrameworkRef): string {
  return JSON.stringify({ pack: ref.pack, processId: ref.id });
}

/**
 * Reads a dropped payload; undefined for anything that is not a well-formed reference (a drop
 * comes from outside the app as easily as from the library, so nothing is trusted).
 */
export function decodeProcessRef(text: string): FrameworkRef | undefined {
  if (text.length === 0 || text.length > 1000) return undefined;
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch {
    return undefined;
  }
  if (typeof value !== 'object' || value === null) return undefined;
  const { pack, processId } = value as Record<string, unknown>;
  if (typeof pack !== 'string' || pack.length === 0 || pack.length > 100) return undefined;
  if (typeof processId !== 'string' || processId.length > 100 || !isProcessIdText(processId)) {
    return undefined;
  }
  return { pack, id: processId as FrameworkProcessId };
}

/** Starts a drag of `ref`: the reference for the canvas and its id as plain text. */
export function startProcessDrag(event: React.DragEvent, ref: FrameworkRef): void {
  event.dataTransfer.setData(PROCESS_MIME, encodeProcessRef(ref));
  event.dataTransfer.setData('text/plain', ref.id);
  event.dataTransfer.effectAllowed = 'copy';
}

/** True when a drag carries a framework process (its data can only be read on drop). */
export function carriesProcess(event: React.DragEvent): boolean {
  return Array.from(event.dataTransfer.types).includes(PROCESS_MIME);
}
