import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import { getBuiltInCatalogue } from '../../../../shared/etom/registry';
import {
  FIRST_SCREEN,
  FrameworkHits,
  hitsToRender,
} from '../../../../renderer/library/FrameworkHits';
import { runLibraryQuery, EMPTY_QUERY } from '../../../../renderer/library/library-query';

describe('hitsToRender', () => {
  const hits = Array.from({ length: 200 }, (_, i) => i);

  it('renders the first screenful only while the list has not settled on the new hits', () => {
    const before = [1, 2, 3];
    expect(hitsToRender(hits, before)).toEqual(hits.slice(0, FIRST_SCREEN));
  });

  it('renders every hit once the list has settled on them', () => {
    expect(hitsToRender(hits, hits)).toBe(hits);
  });

  it('renders a short list whole either way', () => {
    const few = [1, 2, 3];
    expect(hitsToRender(few, [])).toEqual(few);
  });
});

describe('FrameworkHits', () => {
  it('first renders the first screenful of many hits, with the text they were found for', () => {
    const catalogue = getBuiltInCatalogue('gb921-v25.5');
    if (!catalogue) throw new Error('the built-in pack gb921-v25.5 is missing');
    const { hits } = runLibraryQuery(catalogue, { ...EMPTY_QUERY, text: 'management' });
    expect(hits.length).toBeGreaterThan(FIRST_SCREEN);
    const html = renderToStaticMarkup(
      <FrameworkHits catalogue={catalogue} hits={hits} text="management" />,
    );
    expect(html).toContain('data-query="management"');
    expect(html.match(/<li>/g)).toHaveLength(FIRST_SCREEN);
  });
});
