import { z } from 'zod';
import { method } from '../define';
import { PLACE_REQUIRED, hasPlace, placeFields } from '../path-ref';
import type { OpenedWorkspace } from './workspace-methods';

/** What the welcome screen says about the sample workspace that ships with the app. */
export interface SampleInfo {
  name: string;
  processes: number;
  mappings: number;
  diagrams: number;
  /**
   * A folder to copy it to that does not exist yet, under the user's documents (or home); for
   * the browser host's typed path. The desktop app asks its folder dialog instead.
   */
  suggestedFolder: string;
}

const none = z.strictObject({});

export const sampleMethods = {
  /** The shipped sample: its name, sizes and a fresh folder to copy it to. */
  info: method<SampleInfo>()('sample.info', none),
  /**
   * Copies the shipped sample into the new or empty folder the user named (the shipped one is
   * never opened, so never changed), then opens the copy for editing.
   */
  open: method<OpenedWorkspace>()(
    'sample.open',
    z.strictObject({ ...placeFields }).refine(hasPlace, PLACE_REQUIRED),
  ),
} as const;
