import { useStudio } from '../state/studio-store';
import { useBundleDialog } from './bundle-dialog-store';
import { ExportBundleDialog } from './ExportBundleDialog';
import { ImportBundleDialog } from './ImportBundleDialog';

/** The bundle dialog the File menu or the diagram list asked for; nothing when none is. */
export function BundleDialogs() {
  const dialog = useBundleDialog((s) => s.dialog);
  const document = useStudio((s) => s.history?.document);
  if (dialog === null || !document) return null;
  return dialog.kind === 'export' ? (
    <ExportBundleDialog document={document} initial={dialog.diagramIds} />
  ) : (
    <ImportBundleDialog
      document={document}
      {...(dialog.file ? { initialFile: dialog.file } : {})}
    />
  );
}
