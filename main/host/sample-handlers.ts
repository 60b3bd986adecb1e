import { homedir } from 'node:os';
import type { Handlers } from '../../shared/ipc/handlers';
import { readSample, suggestSampleFolder } from '../services/workspace/sample-workspace';
import type { WorkspaceStore } from '../services/workspace/workspace-store';
import { typedPaths, type PathAccess } from './path-access';

/**
 * `sample.info` and `sample.open`: the sample workspace shipped in `sampleDir`, described, and
 * copied into the folder the user names (a folder dialog's answer for creating, in the desktop
 * app) and opened there. The shipped folder is only ever read.
 */
export function createSampleHandlers(
  sampleDir: string,
  store: WorkspaceStore,
  paths: PathAccess = typedPaths,
  home: string = homedir(),
): Handlers<'sample.info' | 'sample.open'> {
  return {
    'sample.info': async () => {
      const sample = await readSample(sampleDir);
      return {
        name: sample.workspace.name,
        processes: sample.processes.processes.length,
        mappings: sample.mappings.mappings.length,
        diagrams: sample.diagrams.length,
        suggestedFolder: await suggestSampleFolder(home, sample.workspace.name),
      };
    },
    'sample.open': async (place) => {
      const target = await paths.resolve(place, 'create');
      return store.createFrom(target, await readSample(sampleDir));
    },
  };
}
