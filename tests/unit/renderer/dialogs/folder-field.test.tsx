import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import { FolderField } from '../../../../renderer/dialogs/FolderField';
import { CHECKING_FOLDER, type FolderVerdict } from '../../../../renderer/state/folder-check';

function field(verdict: FolderVerdict | null): string {
  return renderToStaticMarkup(
    <FolderField value="/home/analyst/ws" onChange={() => {}} verdict={verdict} />,
  );
}

describe('FolderField', () => {
  it('shows the transient check as neutral: no red hint, the input not marked invalid', () => {
    const html = field(CHECKING_FOLDER);
    expect(html).toMatch(/class="field-hint"[^>]*>Checking…</);
    expect(html).not.toContain('hint-bad');
    expect(html).not.toContain('aria-invalid');
  });

  it('shows a settled problem in red and marks the input invalid', () => {
    const html = field({ ok: false, message: 'Folder is not empty.' });
    expect(html).toMatch(/class="field-hint hint-bad"[^>]*>Folder is not empty\.</);
    expect(html).toContain('aria-invalid="true"');
  });

  it('shows a usable folder in the ok colour', () => {
    const html = field({ ok: true, message: 'Empty folder: ready.' });
    expect(html).toContain('class="field-hint hint-ok"');
    expect(html).toContain('aria-invalid="false"');
  });

  it('gives the plain instruction while nothing is typed', () => {
    const html = field(null);
    expect(html).toMatch(/class="field-hint"[^>]*>Type the full path of a folder\.</);
  });
});
