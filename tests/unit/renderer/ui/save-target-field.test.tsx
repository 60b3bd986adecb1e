import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import {
  CHECKING,
  type ExportTargetVerdict,
} from '../../../../renderer/framework-map/export-target';
import { SaveTargetField } from '../../../../renderer/ui/SaveTargetField';
import { hintClass, nextAnnouncement } from '../../../../renderer/ui/save-target-hint';

const missingFolder: ExportTargetVerdict = {
  ok: false,
  exists: false,
  message: 'Its folder does not exist.',
};
const created: ExportTargetVerdict = { ok: true, exists: false, message: 'It will be created.' };

function field(verdict: ExportTargetVerdict | null): string {
  return renderToStaticMarkup(
    <SaveTargetField
      place={{ path: '/tmp/out/report.html' }}
      verdict={verdict}
      placeholder="/path/report.html"
      onType={() => {}}
    />,
  );
}

describe('SaveTargetField', () => {
  it('shows a pending check as neutral, not as a problem', () => {
    const html = field(CHECKING);
    expect(html).toContain('Checking…');
    expect(html).not.toContain('hint-bad');
    expect(html).not.toContain('aria-invalid');
    expect(hintClass(CHECKING)).toBe('field-hint');
  });

  it('shows a settled problem in red, marks the input invalid and announces it', () => {
    const html = field(missingFolder);
    expect(html).toMatch(/class="field-hint hint-bad"[^>]*>Its folder does not exist\.</);
    expect(html).toContain('aria-invalid="true"');
    expect(html).toMatch(/aria-live="polite"[^>]*>Its folder does not exist\.</);
  });

  it('shows a good target in the ok style with nothing to announce', () => {
    const html = field(created);
    expect(html).toContain('field-hint hint-ok');
    expect(html).toContain('aria-invalid="false"');
    expect(html).toMatch(/aria-live="polite"[^>]*><\/p>/);
  });
});

describe('nextAnnouncement', () => {
  it('announces a problem once while typing on with the same problem', () => {
    // Keystrokes: a check runs, finds the folder missing; typing on, checks run again and
    // find the same: the live region's text never changes, so it is heard once.
    const sequence = [CHECKING, missingFolder, CHECKING, missingFolder, CHECKING, missingFolder];
    const held: string[] = [];
    let text = '';
    for (const verdict of sequence) {
      text = nextAnnouncement(text, verdict);
      held.push(text);
    }
    expect(new Set(held.filter((t) => t !== ''))).toEqual(new Set([missingFolder.message]));
    expect(held.slice(1).every((t) => t === missingFolder.message)).toBe(true);
  });

  it('clears once the target is good and keeps quiet while nothing is typed', () => {
    expect(nextAnnouncement(missingFolder.message, created)).toBe('');
    expect(nextAnnouncement('', null)).toBe('');
  });
});
