import { SelectionDetails } from '../properties/SelectionDetails';
import { DetailsSplitter } from '../ui/SplitterLayout';
import { ImportWorkbookDialog } from './ImportWorkbookDialog';
import { LibraryPanel } from './LibraryPanel';
import { PackSwitchDialog } from './PackSwitchDialog';

/**
 * The editor's right-hand column: the library above, below a splitter the details of what is
 * selected (scrolling on its own).
 */
export function LibrarySidebar() {
  return (
    <aside className="library-sidebar" id="library-sidebar" aria-label="Framework">
      <LibraryPanel />
      <DetailsSplitter />
      <div className="details-pane" id="details-pane">
        <SelectionDetails />
      </div>
      <ImportWorkbookDialog />
      <PackSwitchDialog />
    </aside>
  );
}
