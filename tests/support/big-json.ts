import { open, writeFile } from 'node:fs/promises';

/*
 * Large JSON files for the memory tests, written as bytes a piece at a time: building them as
 * JavaScript values first would cost the test runner more than the code under test.
 */

/** `[0,0,...,0]`: about `bytes` bytes, one flat array of about bytes/2 zeros. */
export async function writeFlatZeros(file: string, bytes: number): Promise<number> {
  const zeros = Math.floor((bytes - 2) / 2);
  const body = Buffer.alloc(zeros * 2 - 1, '0,');
  await writeFile(file, Buffer.concat([Buffer.from('['), body, Buffer.from(']')]));
  return body.length + 2;
}

/**
 * A diagram file of `nodes` boxes whose labels are `labelChars` long, no edges, in the
 * canonical key order. Returns its size in bytes.
 */
export async function writeDiagram(
  file: string,
  id: string,
  nodes: number,
  labelChars: number,
): Promise<number> {
  const handle = await open(file, 'w');
  let size = 0;
  const write = async (text: string): Promise<void> => {
    const bytes = Buffer.from(text);
    size += bytes.length;
    await handle.write(bytes);
  };
  try {
    await write(
      `{\n  "format": "etom-studio.diagram",\n  "schemaVersion": 1,\n  "id": "${id}",\n  "name": "Large ${id}",\n  "edges": [],\n  "nodes": [`,
    );
    const filler = 'x'.repeat(labelChars);
    const batch: string[] = [];
    for (let i = 0; i < nodes; i += 1) {
      batch.push(
        `${i === 0 ? '' : ','}\n    {"height": 60, "id": "n-${i}", "kind": "box", "label": "${filler}", "width": 160, "x": ${i}, "y": ${i}}`,
      );
      if (batch.length === 1_000) await write(batch.splice(0).join(''));
    }
    await write(batch.join(''));
    await write(`\n  ],\n  "viewport": {"x": 0, "y": 0, "zoom": 1}\n}\n`);
  } finally {
    await handle.close();
  }
  return size;
}
