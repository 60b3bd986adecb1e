import { ProcessDetails } from '../process-details/ProcessDetails';
import { ImportWorkbookDialog } from './ImportWorkbookDialog';
import { LibraryPanel } from './LibraryPanel';
import { PackSwitchDialog } from './PackSwitchDialog';

/** The editor's right-hand column: the library above, the selected process's details below. */
export function LibrarySidebar() {
  return (
    <aside className="library-sidebar" aria-label="Framework">
      <LibraryPanel />
      <ProcessDetails />
      <ImportWorkbookDialog />
      <PackSwitchDialog />
    </aside>
  );
}
