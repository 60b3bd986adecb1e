/**
 * `npm run build:packs`: regenerates the built-in framework packs in shared/etom/packs/ from
 * the reference CSVs in ../shared/reference/etom/. Options: `--reference <dir>` and
 * `--out <dir>` (the test builds into a temporary folder and compares).
 */
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { REFERENCE_FILES, buildAllDataFiles } from '../shared/etom/build/pack-data-builder';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');

function option(name: string, fallback: string): string {
  const index = process.argv.indexOf(name);
  const value = index >= 0 ? process.argv[index + 1] : undefined;
  return path.resolve(value ?? fallback);
}

async function main(): Promise<void> {
  const referenceDir = option('--reference', path.join(root, '..', 'shared', 'reference', 'etom'));
  const outDir = option('--out', path.join(root, 'shared', 'etom', 'packs'));
  const read = (name: string): Promise<string> => readFile(path.join(referenceDir, name), 'utf8');
  const notes: string[] = [];
  const files = buildAllDataFiles(
    {
      current: await read(REFERENCE_FILES.current),
      lineage: await read(REFERENCE_FILES.lineage),
      classic: await read(REFERENCE_FILES.classic),
      cells: await read(REFERENCE_FILES.cells),
    },
    notes,
  );
  for (const note of notes) console.log(`note: ${note}`);
  await mkdir(outDir, { recursive: true });
  for (const [name, text] of Object.entries(files)) {
    await writeFile(path.join(outDir, name), text, 'utf8');
    console.log(
      `wrote ${path.relative(process.cwd(), path.join(outDir, name))} (${text.length} bytes)`,
    );
  }
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : String(error));
  process.exitCode = 1;
});
