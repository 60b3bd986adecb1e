import { SelectionDetails, useDetailsShowing } from '../properties/SelectionDetails';
import { DetailsSplitter } from '../ui/SplitterLayout';
import { ImportWorkbookDialog } from './ImportWorkbookDialog';
import { LibraryPanel } from './LibraryPanel';
import { PackSwitchDialog } from './PackSwitchDialog';

/**
 * The editor's right-hand column: the library above, below a splitter the details of what is
 * selected (scrolling on its own). The tree keeps ten rows while the details panel has nothing
 * to show, and gives it room once it has.
 */
export function LibrarySidebar() {
  const showing = useDetailsShowing();
  return (
    <aside
      className={`library-sidebar${showing ? ' details-showing' : ''}`}
      id="library-sidebar"
      aria-label="Framework"
    >
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
