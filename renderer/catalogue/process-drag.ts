import type { ProcessId } from '../../shared/model/ids';

/** The MIME type a dragged company process travels under. */
export const COMPANY_PROCESS_MIME = 'application/x-etom-company-process';

/** Starts a drag of a company process: its id only, never a copy of its name. */
export function startCompanyProcessDrag(event: React.DragEvent, id: ProcessId): void {
  event.dataTransfer.setData(COMPANY_PROCESS_MIME, id);
  event.dataTransfer.setData('text/plain', id);
  event.dataTransfer.effectAllowed = 'copyMove';
}

/** True when a drag carries a company process. */
export function carriesCompanyProcess(event: React.DragEvent): boolean {
  return Array.from(event.dataTransfer.types).includes(COMPANY_PROCESS_MIME);
}

/** The id a drop carries, when it is one of `known` (a drop may come from anywhere). */
export function droppedCompanyProcess(
  event: React.DragEvent,
  known: (id: string) => boolean,
): ProcessId | undefined {
  const id = event.dataTransfer.getData(COMPANY_PROCESS_MIME);
  return id.length > 0 && id.length <= 100 && known(id) ? (id as ProcessId) : undefined;
}
