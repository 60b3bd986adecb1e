import { catalogueFor } from '../framework/pack-store';
import type { FrameworkNames } from './to-flow';

/** Names framework nodes from the built-in packs and the user packs loaded so far. */
export const builtInFrameworkName: FrameworkNames = (pack, processId) =>
  catalogueFor(pack)?.byId(processId)?.name;
