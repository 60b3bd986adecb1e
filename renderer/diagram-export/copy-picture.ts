import type { DiagramFile } from '../../shared/model/diagram-schema';
import { host } from '../platform/host';
import { useStudio } from '../state/studio-store';
import { drawDiagram } from './draw-diagram';

const notify = (notice: string) => useStudio.setState({ notice });

/** Base64 (as the host sends a PNG) to bytes. */
function bytesOf(base64: string): Uint8Array<ArrayBuffer> {
  const text = atob(base64);
  const bytes = new Uint8Array(text.length);
  for (let i = 0; i < text.length; i += 1) bytes[i] = text.charCodeAt(i);
  return bytes;
}

/**
 * "Copy as PNG / SVG": the selection, or the whole diagram when nothing is selected, drawn in
 * the light theme as the export draws it. Main checks it and draws the PNG; the desktop app's
 * main puts it on the clipboard, the browser host's cannot, so the renderer does (the PNG as
 * `image/png`, the SVG as text). The status bar says what was copied, or why not.
 */
export async function copyDiagramPicture(
  diagram: DiagramFile,
  selection: readonly string[],
  format: 'png' | 'svg',
): Promise<void> {
  const document = useStudio.getState().history?.document;
  if (!document) return;
  const svg = drawDiagram(document, diagram, {
    theme: 'light',
    transparent: false,
    selection: selection.length > 0 ? selection : null,
  });
  const what =
    selection.length > 0
      ? `${selection.length} selected element${selection.length === 1 ? '' : 's'}`
      : `diagram “${diagram.name}”`;
  const result = await host().call('export.copyPicture', { format, svg, scale: 2 });
  if (!result.ok) {
    notify(`Could not copy as ${format.toUpperCase()}: ${result.error.message}`);
    return;
  }
  const picture = result.value;
  try {
    if (!picture.copied) {
      const item =
        format === 'png' && picture.png !== undefined
          ? new ClipboardItem({
              'image/png': new Blob([bytesOf(picture.png)], { type: 'image/png' }),
            })
          : new ClipboardItem({
              'text/plain': new Blob([picture.svg ?? svg], { type: 'text/plain' }),
            });
      await navigator.clipboard.write([item]);
    }
  } catch (error) {
    notify(
      `Could not copy as ${format.toUpperCase()}: the clipboard refused it (${error instanceof Error ? error.message : String(error)}).`,
    );
    return;
  }
  const size =
    format === 'png'
      ? `${picture.width} × ${picture.height} px`
      : `${Math.round(picture.width)} × ${Math.round(picture.height)}`;
  notify(`Copied ${what} as ${format.toUpperCase()} (${size}).`);
}
