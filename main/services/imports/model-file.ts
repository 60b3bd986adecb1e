import * as path from 'node:path';
import { XmlError } from '../../../shared/codecs/xml/xml-error';
import { XML_IMPORT_LIMITS } from '../../../shared/codecs/xml/safe-xml';
import type { ImportedModel, ModelImportFormat } from '../../../shared/imports/imported-model';
import { readModelFile } from '../../../shared/imports/read-model-file';
import { HostFailure } from '../../../shared/ipc/errors';
import { readFileLimited } from '../workspace/read-limited';

/** Largest BPMN or ArchiMate file read: the XML limit in characters, as bytes of UTF-8. */
export const MAX_MODEL_FILE_BYTES = XML_IMPORT_LIMITS.maxChars;

/**
 * Reads a BPMN or ArchiMate file through the bounded reader (a regular file, at most
 * MAX_MODEL_FILE_BYTES) and into the model it offers. Nothing else is opened: the file's
 * `import`s of other files are reported, never followed, and nothing is fetched. Every
 * refusal is a HostFailure naming the file (and the line and column when the XML is at fault).
 */
export async function readModelImportFile(
  absolutePath: string,
  format: ModelImportFormat,
): Promise<ImportedModel> {
  const name = path.basename(absolutePath);
  const bytes = await readFileLimited(absolutePath, name, MAX_MODEL_FILE_BYTES);
  if (bytes === null) {
    throw new HostFailure({
      code: 'NOT_FOUND',
      message: `${name}: no such file`,
      file: absolutePath,
    });
  }
  try {
    return readModelFile(bytes, name, format);
  } catch (error) {
    if (error instanceof XmlError) {
      throw new HostFailure({ code: 'PARSE_ERROR', message: error.message, file: absolutePath });
    }
    throw error;
  }
}
