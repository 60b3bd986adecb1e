import type { ExportTargetVerdict } from '../framework-map/export-target';

/** The class of a path field's hint (a save target's or a folder's): a pending check is neutral, only a settled problem red. */
export function hintClass(verdict: Pick<ExportTargetVerdict, 'ok' | 'pending'> | null): string {
  if (verdict === null || verdict.pending === true) return 'field-hint';
  return `field-hint ${verdict.ok ? 'hint-ok' : 'hint-bad'}`;
}

/**
 * What the field's live region holds after `verdict`: the problem a settled check found ('' when
 * none), and while a check runs (or nothing is typed) what it held before, so that typing on
 * with the same problem changes nothing and screen readers hear it once.
 */
export function nextAnnouncement(previous: string, verdict: ExportTargetVerdict | null): string {
  if (verdict === null || verdict.pending === true) return previous;
  return verdict.ok ? '' : verdict.message;
}
