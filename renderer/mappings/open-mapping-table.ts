import { useStudio } from '../state/studio-store';
import { MAPPINGS_TAB, openTab } from '../state/tabs';
import { openMappingDialog, type MappingDialog } from './mappings-store';

/** Shows the mapping table's tab and, if asked, one of its dialogs over it. */
export function openMappingTable(dialog?: MappingDialog): void {
  useStudio.setState((s) => openTab(s, MAPPINGS_TAB));
  if (dialog) openMappingDialog(dialog);
}
