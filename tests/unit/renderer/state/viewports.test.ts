import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { rememberViewport, viewportsToOpen } from '../../../../renderer/state/viewports';
import type { DiagramId } from '../../../../shared/model/ids';
import { sampleDocument, D1, D2 } from '../../shared/commands/fixture';

/**
 * The browser profile's storage, which Node lacks: the one seam replaced here, by a plain
 * in-memory Storage with the same methods the app calls.
 */
class MemoryStorage {
  private readonly items = new Map<string, string>();
  getItem(key: string): string | null {
    return this.items.get(key) ?? null;
  }
  setItem(key: string, value: string): void {
    this.items.set(key, String(value));
  }
}

const global = globalThis as { localStorage?: unknown };
beforeEach(() => {
  global.localStorage = new MemoryStorage();
});
afterEach(() => {
  delete global.localStorage;
});

describe('viewports', () => {
  it('opens each diagram at its file’s viewport when this profile never showed it', () => {
    const document = sampleDocument();
    const views = viewportsToOpen('/work/acme', document);
    expect(views.get(D1)).toEqual(document.diagrams[0]!.viewport);
    expect(views.get(D2)).toEqual({ x: 10, y: 20, zoom: 1.5 });
  });

  it('opens a diagram where it was left, by workspace folder', () => {
    const document = sampleDocument();
    rememberViewport('/work/acme', D1, { x: 5, y: 6, zoom: 2 });
    rememberViewport('/work/other', D2, { x: -1, y: -1, zoom: 0.5 });
    const views = viewportsToOpen('/work/acme', document);
    expect(views.get(D1)).toEqual({ x: 5, y: 6, zoom: 2 });
    expect(views.get(D2)).toEqual({ x: 10, y: 20, zoom: 1.5 });
    // The document itself is never touched: views are not in its files.
    expect(document.diagrams[0]!.viewport).toEqual({ x: 0, y: 0, zoom: 1 });
    // Left again, the last place wins.
    rememberViewport('/work/acme', D1, { x: 7, y: 8, zoom: 1 });
    expect(viewportsToOpen('/work/acme', document).get(D1)).toEqual({ x: 7, y: 8, zoom: 1 });
  });

  it('passes over a remembered diagram deleted since, and damaged storage', () => {
    const document = sampleDocument();
    rememberViewport('/work/acme', 'gone' as DiagramId, { x: 1, y: 1, zoom: 1 });
    expect([...viewportsToOpen('/work/acme', document).keys()]).toEqual([D1, D2]);
    (global.localStorage as MemoryStorage).setItem(
      'etom-studio.diagram-views',
      '[{"path":"/work/acme","views":[["order-to-cash",9,9,-3]]}, 12, "x"]',
    );
    expect(viewportsToOpen('/work/acme', document).get(D1)).toEqual({ x: 0, y: 0, zoom: 1 });
    (global.localStorage as MemoryStorage).setItem('etom-studio.diagram-views', '{not json');
    expect(viewportsToOpen('/work/acme', document).get(D1)).toEqual({ x: 0, y: 0, zoom: 1 });
  });

  it('keeps the viewport of a diagram whose id is an Object.prototype name', () => {
    const document = sampleDocument();
    const diagram = { ...document.diagrams[1]!, id: 'constructor' as DiagramId };
    const named = { ...document, diagrams: [diagram] };
    // With an object for a map, "constructor" found Object's constructor.
    expect(viewportsToOpen(null, named).get(diagram.id)).toEqual({ x: 10, y: 20, zoom: 1.5 });
    rememberViewport('/work/acme', diagram.id, { x: 3, y: 4, zoom: 1 });
    expect(viewportsToOpen('/work/acme', named).get(diagram.id)).toEqual({ x: 3, y: 4, zoom: 1 });
  });
});
