/**
 * `npm run docs`: regenerates what the user guide (`docs/`) derives from the code:
 * `docs/keyboard.md` from the action list. `npm run docs:screenshots` redraws its pictures.
 */
import { writeFile } from 'node:fs/promises';
import * as path from 'node:path';
import { keyboardDoc } from './docs/keyboard-doc';

async function main(): Promise<void> {
  const file = path.resolve(import.meta.dirname, '../docs/keyboard.md');
  await writeFile(file, await keyboardDoc());
  console.log(`wrote ${file}`);
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : String(error));
  process.exitCode = 1;
});
