import type { Invocation } from '../../../shared/commands/types';
import type { DiagramId } from '../../../shared/model/ids';
import { diagramsDrawing } from '../../../shared/commands/mapping-drawings';
import { mappingsRemovedBy } from '../../../shared/mapping/mappings-removed-by';
import { askChoice } from '../../state/confirm';
import { runCommands } from '../../state/edit-actions';
import { useStudio } from '../../state/studio-store';

/** "OTA-01 Take order → 1.3.3" for a mapping, for the question. */
function described(id: string): string {
  const document = useStudio.getState().history?.document;
  const mapping = document?.mappings.mappings.find((m) => m.id === id);
  if (!document || !mapping) return id;
  const process = document.processes.processes.find((p) => p.id === mapping.processId);
  const name = process ? [process.code, process.name].filter(Boolean).join(' ') : mapping.processId;
  return `${name} → ${mapping.target.id}`;
}

/** " It is also drawn on Bill to cash, …" when other diagrams draw the mappings, else "". */
function alsoDrawnOn(names: readonly string[], many: boolean): string {
  if (names.length === 0) return '';
  const listed =
    names.slice(0, 3).join(', ') + (names.length > 3 ? ` and ${names.length - 3} more` : '');
  return ` ${many ? 'They are' : 'It is'} also drawn on ${listed}: deleting ${many ? 'them' : 'it'} removes ${names.length === 1 && !many ? 'that connection' : 'those connections'} too.`;
}

/**
 * Runs a delete on a diagram. When it removes mapping edges whose mappings exist, it first asks
 * whether the mappings go too (one undo step on the diagram either way: `edge.deleteMapped`
 * joins the delete), keeps them, or cancels. Resolves true when something was deleted.
 */
export async function deleteWithMappings(
  label: string,
  diagramId: DiagramId,
  commands: readonly Invocation[],
): Promise<boolean> {
  const document = useStudio.getState().history?.document;
  if (!document || commands.length === 0) return false;
  const ids = mappingsRemovedBy(document, diagramId, commands);
  if (ids.length === 0) return runCommands(label, commands);
  const many = ids.length > 1;
  const elsewhere = alsoDrawnOn(diagramsDrawing(document, ids, diagramId), many);
  const answer = await askChoice({
    title: many ? `Delete ${ids.length} mappings too?` : 'Delete the mapping too?',
    message: `${many ? 'These connections draw mappings' : 'This connection draws a mapping'} of the workspace: ${ids
      .slice(0, 5)
      .map(described)
      .join(
        '; ',
      )}${ids.length > 5 ? ` and ${ids.length - 5} more` : ''}.${elsewhere} Delete ${many ? 'them' : 'it'} from the mappings too, or keep ${many ? 'them' : 'it'} and remove only the connection${many ? 's' : ''}?`,
    confirmLabel: many ? 'Delete the mappings too' : 'Delete the mapping too',
    alternativeLabel: many ? 'Keep the mappings' : 'Keep the mapping',
  });
  if (answer === 'cancel') return false;
  if (answer === 'alternative') return runCommands(label, commands);
  // The delete first, then the mappings: deleting a mapping takes its remaining drawings (on
  // this diagram or others) with it, which would leave the delete's own edges not there.
  return runCommands(label, [
    ...commands,
    { name: 'edge.deleteMapped', args: { diagramId, edgeIds: [], mappingIds: ids } },
  ]);
}
