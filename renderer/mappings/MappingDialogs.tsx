import { alignmentsOf } from '../../shared/model/workspace-schema';
import { useActivePackId } from '../framework/useActivePack';
import { useCatalogue } from '../framework/useCatalogue';
import { useStudio } from '../state/studio-store';
import { AlignmentSettingsDialog } from './AlignmentSettingsDialog';
import { EditMappingDialog } from './EditMappingDialog';
import { PasteMappingsDialog } from './PasteMappingsDialog';
import { SuggestionsDialog } from './SuggestionsDialog';
import { UpgradeDialog } from './UpgradeDialog';
import { closeMappingDialog, useMappingDialogs } from './mappings-store';
import './mappings.css';

/** The open mapping dialog, if any (see mappings-store). */
export function MappingDialogs() {
  const dialog = useMappingDialogs((s) => s.dialog);
  const document = useStudio((s) => s.history?.document ?? null);
  const readOnly = useStudio((s) => s.workspace?.readOnly ?? null) !== null;
  const { catalogue } = useCatalogue(useActivePackId());
  if (!dialog || !document) return null;
  switch (dialog.kind) {
    case 'edit': {
      const mapping = document.mappings.mappings.find((m) => m.id === dialog.id);
      if (!mapping) return null;
      const process = document.processes.processes.find((p) => p.id === mapping.processId);
      const name = catalogue?.byId(mapping.target.id)?.name ?? '';
      return (
        <EditMappingDialog
          mapping={mapping}
          title={`${process?.name ?? mapping.processId} → ${mapping.target.id} ${name}`}
          scale={alignmentsOf(document.workspace)}
          onClose={closeMappingDialog}
        />
      );
    }
    case 'paste':
      return catalogue ? (
        <PasteMappingsDialog
          document={document}
          catalogue={catalogue}
          onClose={closeMappingDialog}
        />
      ) : null;
    case 'suggest':
      return catalogue ? (
        <SuggestionsDialog
          document={document}
          catalogue={catalogue}
          processId={dialog.processId}
          readOnly={readOnly}
          onClose={closeMappingDialog}
        />
      ) : null;
    case 'upgrade':
      return <UpgradeDialog document={document} readOnly={readOnly} onClose={closeMappingDialog} />;
    case 'alignments':
      return (
        <AlignmentSettingsDialog
          document={document}
          readOnly={readOnly}
          onClose={closeMappingDialog}
        />
      );
  }
}
