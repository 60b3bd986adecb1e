import { getDocument } from 'pdfjs-dist/legacy/build/pdf.mjs';

/** One page of a PDF as Mozilla's PDF.js reads it. */
export interface ReadPage {
  /** Size in points. */
  width: number;
  height: number;
  /** Every text item on the page, in content order. */
  items: string[];
  /** The items joined with spaces. */
  text: string;
}

export interface ReadPdf {
  pages: ReadPage[];
  /** The bookmarks' titles, top level, in order. */
  outline: string[];
  /** The fonts embedded as subsets (`/BaseFont /ABCDEF+Name`), by name without the prefix. */
  embeddedFonts: string[];
  title: string | null;
}

/**
 * Opens a PDF with a real parser (PDF.js, Firefox's reader) and extracts its pages' text and
 * sizes, its bookmarks and title: what a reader of the export finds, not what we meant to write.
 */
export async function readPdf(bytes: Uint8Array): Promise<ReadPdf> {
  const task = getDocument({ data: new Uint8Array(bytes) });
  const pdf = await task.promise;
  try {
    const pages: ReadPage[] = [];
    for (let number = 1; number <= pdf.numPages; number += 1) {
      const page = await pdf.getPage(number);
      const [x0, y0, x1, y1] = page.view as [number, number, number, number];
      const content = await page.getTextContent();
      const items = content.items.flatMap((item) => ('str' in item ? [item.str] : []));
      pages.push({ width: x1 - x0, height: y1 - y0, items, text: items.join(' ') });
    }
    const outline = ((await pdf.getOutline()) ?? []).map((item) => item.title);
    const info = (await pdf.getMetadata()).info as { Title?: string };
    // Font dictionaries are plain objects in the file (only content streams are compressed).
    const raw = Buffer.from(bytes).toString('latin1');
    const embeddedFonts = [...raw.matchAll(/\/BaseFont\s*\/[A-Z]{6}\+([^\s/<>\]]+)/g)].map(
      (m) => m[1]!,
    );
    return {
      pages,
      outline,
      embeddedFonts: [...new Set(embeddedFonts)],
      title: info.Title ?? null,
    };
  } finally {
    await task.destroy();
  }
}
