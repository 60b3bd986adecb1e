import type { Handlers } from '../../shared/ipc/handlers';
import { readModelImportFile } from '../services/imports/model-file';
import { typedPaths, type PathAccess } from './path-access';

/** `imports.readModel`: a BPMN or ArchiMate file the user chose, read for a preview. */
export function createImportHandlers(
  paths: PathAccess = typedPaths,
): Handlers<'imports.readModel'> {
  return {
    'imports.readModel': async (args) =>
      readModelImportFile(await paths.resolve(args, 'import'), args.format),
  };
}
