import * as path from 'node:path';
import type { Bundle } from '../../../shared/bundle/bundle-schema';
import { MAX_BUNDLE_BYTES, readBundle } from '../../../shared/bundle/read-bundle';
import { HostFailure } from '../../../shared/ipc/errors';
import { writeChosenFile } from '../files/write-chosen-file';
import { readFileLimited } from '../workspace/read-limited';
import { MAX_PICTURE_BYTES, bundleJsonOfPicture, isPictureName } from './picture-bundle';

/**
 * Reads and validates the bundle at `absolutePath` (bounded read, then the same checks as a
 * workspace file): a `*.etom.json` file, or a PNG / SVG picture exported with the diagram
 * embedded, whose bundle is taken out and checked the same way. Errors name the file and the
 * JSON path.
 */
export async function readBundleFile(absolutePath: string): Promise<Bundle> {
  const name = path.basename(absolutePath);
  const picture = isPictureName(name);
  const bytes = await readFileLimited(
    absolutePath,
    name,
    picture ? MAX_PICTURE_BYTES : MAX_BUNDLE_BYTES,
  );
  if (bytes === null) {
    throw new HostFailure({ code: 'NOT_FOUND', message: `${name}: no such file`, file: name });
  }
  return readBundle(picture ? bundleJsonOfPicture(bytes, name) : bytes.toString('utf8'), name);
}

/**
 * Writes `bundle` (sent by the renderer, so checked here as a reader would check it: what is
 * written always imports) to `absolutePath`; an existing file is kept unless `overwrite`
 * (ALREADY_EXISTS). Returns the bytes written.
 */
export async function writeBundleFile(
  absolutePath: string,
  bundle: unknown,
  overwrite = false,
): Promise<number> {
  const name = path.basename(absolutePath);
  const text = `${JSON.stringify(bundle, null, 2)}\n`;
  if (Buffer.byteLength(text) > MAX_BUNDLE_BYTES) {
    throw new HostFailure({
      code: 'TOO_LARGE',
      message: `${name}: the bundle would be larger than ${MAX_BUNDLE_BYTES} bytes`,
      file: name,
    });
  }
  readBundle(text, name);
  await writeChosenFile(absolutePath, text, overwrite);
  return Buffer.byteLength(text);
}
