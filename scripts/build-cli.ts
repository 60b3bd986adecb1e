/**
 * `npm run build:cli` (also the last step of `npm run build`): bundles the command line
 * (main/cli/index.ts) into one ES module, `out/cli/etom-studio.mjs`, the package's `etom-studio`
 * command, so it runs on plain Node with no TypeScript loader. The read worker it starts for
 * large files is bundled beside it (`out/cli/read-worker.js`, where read-worker-entry.ts looks).
 * Packages stay external only when they are production dependencies: an import of any other
 * package fails the build, because an install without dev dependencies would not have it.
 */
import { chmod, mkdir, readFile, rm } from 'node:fs/promises';
import * as path from 'node:path';
import { build, type Metafile } from 'esbuild';

const root = path.resolve(import.meta.dirname, '..');
const outDir = path.join(root, 'out', 'cli');

/** The bare package name of an import (`@resvg/resvg-js/x` -> `@resvg/resvg-js`). */
function packageName(specifier: string): string {
  const parts = specifier.split('/');
  return specifier.startsWith('@') ? parts.slice(0, 2).join('/') : (parts[0] ?? specifier);
}

function externalImports(metafile: Metafile): Set<string> {
  const names = new Set<string>();
  for (const output of Object.values(metafile.outputs)) {
    for (const imported of output.imports) {
      if (imported.external && !imported.path.startsWith('node:')) {
        names.add(packageName(imported.path));
      }
    }
  }
  return names;
}

async function main(): Promise<void> {
  const manifest = JSON.parse(await readFile(path.join(root, 'package.json'), 'utf8')) as {
    dependencies?: Record<string, string>;
  };
  const production = Object.keys(manifest.dependencies ?? {});
  await rm(outDir, { recursive: true, force: true });
  await mkdir(outDir, { recursive: true });
  const common = {
    bundle: true,
    platform: 'node',
    format: 'esm',
    target: 'node22',
    // Production dependencies are installed with the package; everything else is bundled.
    external: production.flatMap((name) => [name, `${name}/*`]),
    metafile: true,
    logLevel: 'warning',
    absWorkingDir: root,
  } as const;
  const cli = await build({
    ...common,
    entryPoints: [path.join(root, 'main/cli/index.ts')],
    outfile: path.join(outDir, 'etom-studio.mjs'),
    banner: { js: '#!/usr/bin/env node' },
  });
  const worker = await build({
    ...common,
    entryPoints: [path.join(root, 'main/services/workspace/read-worker.ts')],
    outfile: path.join(outDir, 'read-worker.js'),
  });
  const strays = [...externalImports(cli.metafile), ...externalImports(worker.metafile)].filter(
    (name) => !production.includes(name),
  );
  if (strays.length > 0) {
    throw new Error(
      `the CLI imports packages that are not production dependencies: ${strays.join(', ')}`,
    );
  }
  await chmod(path.join(outDir, 'etom-studio.mjs'), 0o755);
  const bytes = Object.values(cli.metafile.outputs).reduce((sum, output) => sum + output.bytes, 0);
  console.log(`built out/cli/etom-studio.mjs (${(bytes / 1024).toFixed(0)} KiB)`);
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : String(error));
  process.exitCode = 1;
});
