import { ProcessDetails } from '../process-details/ProcessDetails';
import { PropertiesPanel, useHasSelection } from './PropertiesPanel';

/**
 * The panel below the library: the properties of what is selected on the diagram on screen,
 * else the details of the process selected in the library, map or search.
 */
export function SelectionDetails() {
  return useHasSelection() ? <PropertiesPanel /> : <ProcessDetails />;
}
