import { describe, expect, it } from 'vitest';
import { isTrustedSender, originOf } from '../../../../main/electron/sender-check';

const trusted = ['app://etom', 'http://localhost:5173'];
const ok = { frameUrl: 'app://etom/index.html', isMainFrame: true, isKnownWindow: true };

describe('isTrustedSender', () => {
  it('allows the main frame of our window on our origins', () => {
    expect(isTrustedSender(ok, trusted)).toBe(true);
    expect(isTrustedSender({ ...ok, frameUrl: 'app://etom/#/diagram?x=1' }, trusted)).toBe(true);
    expect(isTrustedSender({ ...ok, frameUrl: 'http://localhost:5173/' }, trusted)).toBe(true);
  });

  it('refuses subframes, unknown windows and closed frames', () => {
    expect(isTrustedSender({ ...ok, isMainFrame: false }, trusted)).toBe(false);
    expect(isTrustedSender({ ...ok, isKnownWindow: false }, trusted)).toBe(false);
    expect(isTrustedSender({ ...ok, frameUrl: null }, trusted)).toBe(false);
  });

  it('refuses every other origin, however it is spelled', () => {
    const foreign = [
      'about:blank',
      'about:srcdoc',
      'data:text/html,<script>1</script>',
      'blob:app://etom/1234',
      'file:///home/ana/index.html',
      'file:///',
      'https://evil.example/',
      'app://evil/index.html',
      'app://etom.evil/index.html',
      'app://etom:8080/index.html',
      'http://localhost:5174/',
      'http://127.0.0.1:5173/',
      'https://localhost:5173/',
      'chrome://gpu',
      'devtools://devtools/bundled/inspector.html',
      'javascript:alert(1)',
      '',
      'not a url',
    ];
    for (const frameUrl of foreign) {
      expect(isTrustedSender({ ...ok, frameUrl }, trusted), frameUrl).toBe(false);
    }
  });

  it('trusts nothing when no origin is configured', () => {
    expect(isTrustedSender(ok, [])).toBe(false);
  });
});

describe('originOf', () => {
  it('gives scheme://host for custom and web schemes, null without a host', () => {
    expect(originOf('app://etom/index.html')).toBe('app://etom');
    expect(originOf('http://localhost:5173/x')).toBe('http://localhost:5173');
    expect(originOf('file:///x')).toBeNull();
    expect(originOf('about:blank')).toBeNull();
    expect(originOf('%%')).toBeNull();
  });
});
