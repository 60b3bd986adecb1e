import { z } from 'zod';
import type { OfferedPath } from '../path-ref';
import { MODEL_IMPORT_FORMATS, type ImportedModel } from '../../imports/imported-model';
import { method } from '../define';
import { PLACE_REQUIRED, hasPlace, placeFields } from '../path-ref';

export const importMethods = {
  /**
   * Reads a BPMN 2.0 or ArchiMate exchange file the user chose, safely (size, depth, no
   * DOCTYPE), into the processes and diagrams it offers; the renderer plans the import against
   * the workspace and previews it. A file refused is a PARSE_ERROR naming the file, line and column.
   */
  readModel: method<ImportedModel>()(
    'imports.readModel',
    z
      .strictObject({ ...placeFields, format: z.enum(MODEL_IMPORT_FORMATS) })
      .refine(hasPlace, PLACE_REQUIRED),
  ),
  /**
   * The operating system's file picker for a BPMN or ArchiMate file (the desktop app; the
   * browser host answers UNSUPPORTED and the path is typed). The answer is good for one
   * `imports.readModel`.
   */
  pickFile: method<OfferedPath | null>()(
    'dialog.pickImportFile',
    z.strictObject({ format: z.enum(MODEL_IMPORT_FORMATS) }),
  ),
} as const;
