import { MAX_BUNDLE_BYTES } from '../../../shared/bundle/read-bundle';
import { PICTURE_BUNDLE_KEYWORD, bundleJsonOfSvg } from '../../../shared/bundle/svg-metadata';
import { HostFailure } from '../../../shared/ipc/errors';
import { MAX_EXPORT_SVG_CHARS } from '../../../shared/ipc/methods/export-methods';
import { isPng, readTextChunk } from '../export/png-chunks';

/**
 * The largest picture read for its embedded bundle: a PNG or SVG can hold a full bundle beside
 * its drawing, so it may be larger than a bundle file.
 */
export const MAX_PICTURE_BYTES = MAX_BUNDLE_BYTES + 4 * MAX_EXPORT_SVG_CHARS;

/** True for a file name an exported picture can have (`.png`, `.svg`), whatever the case. */
export function isPictureName(name: string): boolean {
  return /\.(?:png|svg)$/i.test(name);
}

/**
 * The bundle JSON embedded in an exported picture (a PNG's iTXt chunk or an SVG's metadata,
 * told apart by content, not name). A picture without one, or with a damaged one, is refused
 * with a HostFailure naming `file`; the caller validates the JSON as any bundle file.
 */
export function bundleJsonOfPicture(bytes: Uint8Array, file: string): string {
  const json = isPng(bytes)
    ? readTextChunk(bytes, PICTURE_BUNDLE_KEYWORD, file, MAX_BUNDLE_BYTES)
    : bundleJsonOfSvg(
        new TextDecoder('utf-8').decode(bytes),
        file,
        MAX_BUNDLE_BYTES + MAX_EXPORT_SVG_CHARS,
      );
  if (json === null) {
    throw new HostFailure({
      code: 'SCHEMA_ERROR',
      message: `${file}: this picture holds no diagram. Only pictures exported with "Embed the diagram in the picture" can be imported.`,
      file,
    });
  }
  return json;
}
