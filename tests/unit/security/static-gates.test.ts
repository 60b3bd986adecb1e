import { readdir, readFile } from 'node:fs/promises';
import { extname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { reportFigures } from '../../support/scorecard';

// RELIABILITY.md H.34: a grep that fails the build on the settings and calls that open the
// renderer to injected code. ESLint catches most of these too, but only in files it parses and
// only for the shapes its rules know; a plain text scan also covers HTML and config literals.
const root = fileURLToPath(new URL('../../../', import.meta.url));
const SCANNED_FOLDERS = ['main', 'renderer', 'shared'];
const SCANNED_EXTENSIONS = new Set(['.ts', '.tsx', '.html', '.mjs']);

interface Banned {
  text: string;
  why: string;
  /** Where plain containment would also match innocent names (`retrieval(`). */
  pattern?: RegExp;
}

const BANNED: ReadonlyArray<Banned> = [
  { text: '@electron/remote', why: 'gives the page the main process' },
  { text: 'nodeIntegration: true', why: 'gives the page Node' },
  { text: 'webSecurity: false', why: 'turns off the same-origin policy' },
  { text: 'sandbox: false', why: 'unsandboxes the renderer' },
  { text: 'contextIsolation: false', why: 'shares the preload world with the page' },
  { text: 'enableBlinkFeatures', why: 'turns on experimental web features' },
  { text: 'unsafe-eval', why: 'lets the CSP run strings as code' },
  { text: 'dangerouslySetInnerHTML', why: 'writes HTML from strings' },
  { text: '.innerHTML', why: 'writes HTML from strings' },
  { text: 'eval(', why: 'runs strings as code', pattern: /(?<![\w$])eval\s*\(/ },
  { text: 'new Function(', why: 'runs strings as code' },
];

async function sourceFiles(dir: string): Promise<string[]> {
  const entries = await readdir(dir, { withFileTypes: true });
  const nested = await Promise.all(
    entries.map(async (entry) => {
      const path = join(dir, entry.name);
      if (entry.isDirectory()) return entry.name === 'node_modules' ? [] : sourceFiles(path);
      return entry.isFile() && SCANNED_EXTENSIONS.has(extname(entry.name)) ? [path] : [];
    }),
  );
  return nested.flat();
}

/** Every `file:line: text (why)` where a banned text appears. */
function findings(file: string, content: string): string[] {
  const found: string[] = [];
  content.split('\n').forEach((line, index) => {
    for (const banned of BANNED) {
      if (banned.pattern ? banned.pattern.test(line) : line.includes(banned.text)) {
        found.push(`${relative(root, file)}:${index + 1}: ${banned.text} (${banned.why})`);
      }
    }
  });
  return found;
}

describe('static security gates', () => {
  it('no source file under main/, renderer/ or shared/ uses a banned setting or call', async () => {
    const files = (
      await Promise.all(SCANNED_FOLDERS.map((f) => sourceFiles(join(root, f))))
    ).flat();
    // A scan that silently found nothing would pass for the wrong reason.
    expect(files.length).toBeGreaterThan(100);
    const problems: string[] = [];
    for (const file of files) problems.push(...findings(file, await readFile(file, 'utf8')));
    expect(problems, `banned in source:\n${problems.join('\n')}`).toEqual([]);
    reportFigures('H.34', 'banned settings and calls (grep)', {
      files: files.length,
      'banned texts': BANNED.length,
      found: problems.length,
    });
  });

  it('the scan reports file and line for each banned text', () => {
    const sample = [
      'const ok = 1;',
      'new BrowserWindow({ webPreferences: { sandbox: false } });',
      'node.innerHTML = label; eval(code);',
      'retrieval(x); page.evaluate(y);',
    ].join('\n');
    expect(findings(join(root, 'main', 'x.ts'), sample)).toEqual([
      'main/x.ts:2: sandbox: false (unsandboxes the renderer)',
      'main/x.ts:3: .innerHTML (writes HTML from strings)',
      'main/x.ts:3: eval( (runs strings as code)',
    ]);
  });
});
