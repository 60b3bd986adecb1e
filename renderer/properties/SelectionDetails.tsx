import { useLibrary } from '../framework/library-store';
import { ProcessDetails } from '../process-details/ProcessDetails';
import { PropertiesPanel, useHasSelection } from './PropertiesPanel';

/**
 * What the panel below the library shows: the properties of what is selected on the diagram on
 * screen, or the details of the process selected in the library, map or search, whichever the
 * user chose last (`LibraryState.details`); the hint when there is neither.
 */
function useDetailsContent(): 'properties' | 'process' | 'hint' {
  const selection = useHasSelection();
  const library = useLibrary((s) => s.details === 'library');
  const process = useLibrary((s) => s.selected !== null);
  if (selection && !library) return 'properties';
  return process ? 'process' : 'hint';
}

/** The panel below the library (see `useDetailsContent`). */
export function SelectionDetails() {
  return useDetailsContent() === 'properties' ? <PropertiesPanel /> : <ProcessDetails />;
}

/** Whether the panel shows more than the hint: then the library's tree gives it room. */
export function useDetailsShowing(): boolean {
  return useDetailsContent() !== 'hint';
}
