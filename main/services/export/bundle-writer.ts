import { BUNDLE_EXTENSION } from '../../../shared/bundle/bundle-schema';
import { readBundle } from '../../../shared/bundle/read-bundle';
import type { ExportBundleResult } from '../../../shared/ipc/methods/export-methods';
import { atomicWrite } from '../workspace/atomic-write';
import { checkExportTarget } from './exporter';

/**
 * Writes a diagram's portable bundle (`*.etom.json`) the renderer built: main reads it back
 * with the bundle reader first (trusting nothing it is sent: a file that would not import is
 * never written), checks the target as for every export, then writes it atomically.
 */
export async function writeBundleExport(request: {
  path: string;
  bundle: string;
  overwrite?: boolean;
}): Promise<ExportBundleResult> {
  await checkExportTarget(request.path, 'bundle', BUNDLE_EXTENSION, request.overwrite);
  const bundle = readBundle(request.bundle, request.path);
  const text = request.bundle.endsWith('\n') ? request.bundle : `${request.bundle}\n`;
  const bytes = new TextEncoder().encode(text);
  await atomicWrite(request.path, bytes);
  return { path: request.path, bytes: bytes.byteLength, diagrams: bundle.diagrams.length };
}
