import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import { getBuiltInCatalogue } from '../../../../shared/etom/registry';
import {
  FrameworkHits,
  RESULT_ROW_HEIGHT,
  rowsToRender,
} from '../../../../renderer/library/FrameworkHits';
import { runLibraryQuery, EMPTY_QUERY } from '../../../../renderer/library/library-query';

describe('rowsToRender', () => {
  const range = { startIndex: 10, endIndex: 19, overscan: 2, count: 200 };

  it('renders the rows in view and the overscan on both sides', () => {
    expect(rowsToRender(range, -1)).toEqual([8, 9, 10, 11, 12, 13, 14, 15, 16, 17, 18, 19, 20, 21]);
  });

  it('keeps the focused row rendered when it is scrolled out of view, in index order', () => {
    expect(rowsToRender(range, 150)).toEqual([
      8, 9, 10, 11, 12, 13, 14, 15, 16, 17, 18, 19, 20, 21, 150,
    ]);
    expect(rowsToRender(range, 0)[0]).toBe(0);
  });

  it('adds nothing for a focused row in view or past the end', () => {
    expect(rowsToRender(range, 12)).toHaveLength(14);
    expect(rowsToRender(range, 200)).toHaveLength(14);
  });
});

describe('FrameworkHits', () => {
  it('is as tall as all its hits, with the text they were found for, before any is in view', () => {
    const catalogue = getBuiltInCatalogue('gb921-v25.5');
    if (!catalogue) throw new Error('the built-in pack gb921-v25.5 is missing');
    const { hits } = runLibraryQuery(catalogue, { ...EMPTY_QUERY, text: 'management' });
    expect(hits.length).toBeGreaterThan(100);
    const html = renderToStaticMarkup(
      <FrameworkHits
        catalogue={catalogue}
        hits={hits}
        text="management"
        scrollRef={{ current: null }}
        offset={0}
      />,
    );
    expect(html).toContain('data-query="management"');
    expect(html).toContain(`height:${hits.length * RESULT_ROW_HEIGHT}px`);
    // Without a scroll area there is no view: no row is rendered, not all 200.
    expect(html.match(/<li/g)).toBeNull();
  });
});
