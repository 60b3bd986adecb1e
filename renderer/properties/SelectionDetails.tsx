import { useLibrary } from '../framework/library-store';
import { ProcessDetails } from '../process-details/ProcessDetails';
import { PropertiesPanel, useHasSelection } from './PropertiesPanel';

/**
 * The panel below the library: the properties of what is selected on the diagram on screen,
 * or the details of the process selected in the library, map or search, whichever the user
 * chose last (`LibraryState.details`).
 */
export function SelectionDetails() {
  const selection = useHasSelection();
  const library = useLibrary((s) => s.details === 'library');
  return selection && !library ? <PropertiesPanel /> : <ProcessDetails />;
}

/**
 * Whether the panel shows something (properties, or a process's details) rather than the hint:
 * then the library's tree gives it room.
 */
export function useDetailsShowing(): boolean {
  const selection = useHasSelection();
  const library = useLibrary((s) => s.details === 'library');
  const process = useLibrary((s) => s.selected !== null);
  return (selection && !library) || process;
}
