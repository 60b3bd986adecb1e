import { readBundle } from '../../../shared/bundle/read-bundle';
import { PICTURE_BUNDLE_KEYWORD, embedBundleInSvg } from '../../../shared/bundle/svg-metadata';
import { withTextChunk } from './png-chunks';

/**
 * `picture` (the SVG text's bytes or the drawn PNG) with the diagram's bundle embedded:
 * SVG metadata or a PNG iTXt chunk. The bundle the renderer sent is read back first as an import
 * would read it (a HostFailure naming `file` otherwise), so a picture never carries a bundle
 * that would not reopen.
 */
export function embedBundle(
  format: 'svg' | 'png',
  picture: Uint8Array,
  bundleJson: string,
  file: string,
): Uint8Array {
  readBundle(bundleJson, file);
  if (format === 'png') return withTextChunk(picture, PICTURE_BUNDLE_KEYWORD, bundleJson.trim());
  const svg = new TextDecoder().decode(picture);
  return new TextEncoder().encode(embedBundleInSvg(svg, bundleJson));
}
