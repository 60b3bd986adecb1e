import { getBuiltInCatalogue } from '../../shared/etom/registry';
import type { DiagramFile } from '../../shared/model/diagram-schema';
import type { WorkspaceDocument } from '../../shared/model/document';
import { diagramNamesOf } from '../../shared/render/diagram-names';
import { renderDiagramSvg, type DiagramTheme } from '../../shared/render/diagram-svg';
import { usePackStore } from '../framework/pack-store';

/** The SVG of a diagram as an export draws it (names from the open workspace). */
export function drawDiagram(
  document: WorkspaceDocument,
  diagram: DiagramFile,
  choice: { theme: DiagramTheme; transparent: boolean; selection: readonly string[] | null },
): string {
  const userPacks = usePackStore.getState().user;
  const names = diagramNamesOf(
    document.processes.processes,
    (pack) => getBuiltInCatalogue(pack) ?? userPacks[pack],
    document.workspace.framework.pack,
  );
  return renderDiagramSvg(diagram, names, {
    theme: choice.theme,
    background: choice.transparent ? 'none' : 'canvas',
    ...(choice.selection ? { selection: choice.selection } : {}),
  });
}
