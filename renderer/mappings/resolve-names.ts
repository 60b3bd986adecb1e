import type { FrameworkCatalogue } from '../../shared/etom/catalogue';
import type { FrameworkProcess } from '../../shared/etom/pack-model';
import type { CompanyProcess } from '../../shared/model/process-schema';
import type { AlignmentQualifier } from '../../shared/model/workspace-schema';

export type Resolved<T> = { ok: true; value: T } | { ok: false; error: string };

/** How a company process is offered in a pick list: `CODE Name`, or the name alone. */
export function processLabel(process: CompanyProcess): string {
  return process.code ? `${process.code} ${process.name}` : process.name;
}

/** How a framework process is offered in a pick list: `1.3.3 Name`. */
export function targetLabel(process: FrameworkProcess): string {
  return `${process.id} ${process.name}`;
}

const fold = (text: string) => text.trim().replace(/\s+/g, ' ').toLowerCase();

/** Finds company processes by name, code, or `CODE Name` (case and spacing ignored). */
export function processFinder(
  processes: readonly CompanyProcess[],
): (text: string) => Resolved<CompanyProcess> {
  const byKey = new Map<string, CompanyProcess[]>();
  const add = (key: string, process: CompanyProcess) => {
    const list = byKey.get(key);
    if (!list) byKey.set(key, [process]);
    else if (!list.includes(process)) list.push(process);
  };
  for (const process of processes) {
    add(fold(process.name), process);
    add(fold(processLabel(process)), process);
    if (process.code) add(fold(process.code), process);
    add(fold(process.id), process);
  }
  return (text) => {
    const key = fold(text);
    if (key === '') return { ok: false, error: 'no company process given' };
    const found = byKey.get(key) ?? [];
    if (found.length === 1 && found[0]) return { ok: true, value: found[0] };
    if (found.length > 1) {
      return {
        ok: false,
        error: `"${text.trim()}" names ${found.length} company processes: use its code`,
      };
    }
    return { ok: false, error: `no company process "${text.trim()}"` };
  };
}

/** Finds a framework process by its id, or by `id Name` as the pick list offers it. */
export function resolveTarget(
  text: string,
  catalogue: FrameworkCatalogue,
): Resolved<FrameworkProcess> {
  const trimmed = text.trim();
  if (trimmed === '') return { ok: false, error: 'no eTOM id given' };
  const id = trimmed.split(/\s+/)[0] ?? '';
  const process = catalogue.byId(id);
  if (process) return { ok: true, value: process };
  return { ok: false, error: `no eTOM process "${id}" in ${catalogue.pack.label}` };
}

/** Finds an alignment qualifier by id or label; blank means the first of the scale. */
export function resolveAlignment(
  text: string,
  scale: readonly AlignmentQualifier[],
): Resolved<AlignmentQualifier> {
  const key = fold(text);
  const found = key === '' ? scale[0] : scale.find((q) => q.id === key || fold(q.label) === key);
  if (found) return { ok: true, value: found };
  return {
    ok: false,
    error: `no alignment "${text.trim()}" (the scale has ${scale.map((q) => q.label).join(', ')})`,
  };
}
