import { cp, mkdtemp } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import type { Page } from '@playwright/test';
import { WelcomePage } from '../pages/welcome-page';

/** The sample workspace that ships with the app: specs work on a copy, never on it. */
export const SAMPLE_WORKSPACE = resolve('assets/sample-workspace');

/** A copy of the sample workspace in a fresh temporary folder (`<tmp>/<prefix>…/sample`). */
export async function sampleCopy(prefix = 'etom-e2e-sample-'): Promise<string> {
  const folder = join(await mkdtemp(join(tmpdir(), prefix)), 'sample');
  await cp(SAMPLE_WORKSPACE, folder, { recursive: true });
  return folder;
}

/**
 * Copies the sample and opens the copy through the welcome page of a page signed in to a
 * running host (`host.open(page)`); the copy's folder.
 */
export async function openSampleCopy(page: Page, prefix?: string): Promise<string> {
  const folder = await sampleCopy(prefix);
  await new WelcomePage(page).openWorkspace(folder);
  return folder;
}
