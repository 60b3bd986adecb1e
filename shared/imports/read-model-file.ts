import { parseXml, type XmlElement } from '../codecs/xml/safe-xml';
import type { ImportedModel, ModelImportFormat } from './imported-model';
import { readArchimate } from './read-archimate';
import { readBpmn } from './read-bpmn';

const READERS: Record<ModelImportFormat, (root: XmlElement, file: string) => ImportedModel> = {
  bpmn: readBpmn,
  archimate: readArchimate,
};

/**
 * The processes a BPMN or ArchiMate file offers, from its bytes: parsed safely (`parseXml`,
 * which throws an XmlError naming the file, line and column for a file it refuses), then read
 * by the format's reader. Encoding notes join the model's problems, for the file as a whole.
 */
export function readModelFile(
  bytes: Uint8Array,
  file: string,
  format: ModelImportFormat,
): ImportedModel {
  const { root, notes } = parseXml(bytes, file);
  const model = READERS[format](root, file);
  model.problems.unshift(...notes.map((message) => ({ id: '', message })));
  return model;
}
