import { getBuiltInCatalogue } from '../../shared/etom/registry';
import type { FrameworkNames } from './to-flow';

/** Names framework nodes from the built-in packs (user-imported packs come later). */
export const builtInFrameworkName: FrameworkNames = (pack, processId) =>
  getBuiltInCatalogue(pack)?.byId(processId)?.name;
