import { format, resolveConfig } from 'prettier';
import { ACTIONS } from '../../shared/actions/action-list';
import { shortcutsOf, specOf } from '../../shared/actions/menus';
import { BROWSER_RESERVED, formatShortcut } from '../../shared/actions/shortcut';

/** A Markdown table cell: pipes escaped, so a chord such as `Ctrl+\` stays in its column. */
const cell = (text: string) => text.replaceAll('|', '\\|');

/**
 * `docs/keyboard.md`: every action that has a shortcut, by category in the order of the action
 * list, with its chords on Linux and Windows and on macOS, and which chords only the desktop app
 * has (a browser keeps them for itself). Generated from the action list, so it cannot drift.
 */
export async function keyboardDoc(): Promise<string> {
  const lines = [
    '# Keyboard shortcuts',
    '',
    '<!-- Generated from shared/actions/action-list.ts by `npm run docs`; do not edit by hand. -->',
    '',
    'Every shortcut the app has, from the same list the menus, the command palette (Ctrl+K) and',
    'the in-app help (`?`) are built from. Keys typed into a text field stay there, except Save',
    'and the palette.',
  ];
  const categories = new Map<string, string[]>();
  for (const action of ACTIONS) {
    const spec = specOf(action);
    const chords = spec.shortcuts ?? [];
    if (chords.length === 0) continue;
    const browser = new Set(shortcutsOf(spec, 'browser'));
    const mark = (chord: string, text: string) =>
      browser.has(chord) ? text : `${text} (desktop app)`;
    const other = chords.map((chord) => mark(chord, formatShortcut(chord, 'other')));
    const mac = chords.map((chord) => mark(chord, formatShortcut(chord, 'mac')));
    const rows = categories.get(spec.category) ?? [];
    rows.push(`| ${cell(spec.label)} | ${cell(other.join(', '))} | ${cell(mac.join(', '))} |`);
    categories.set(spec.category, rows);
  }
  for (const [category, rows] of categories) {
    lines.push(
      '',
      `## ${category}`,
      '',
      '| action | Linux and Windows | macOS |',
      '| --- | --- | --- |',
      ...rows,
    );
  }
  lines.push(
    '',
    `"(desktop app)": ${[...BROWSER_RESERVED].map((chord) => formatShortcut(chord, 'other')).join(', ')} belong to the browser in the browser mode, so there they are neither bound nor shown.`,
    '',
  );
  // Written as Prettier writes Markdown, so the format check passes on the generated file.
  const file = new URL('../../docs/keyboard.md', import.meta.url).pathname;
  return format(lines.join('\n'), { ...(await resolveConfig(file)), parser: 'markdown' });
}
