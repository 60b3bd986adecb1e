import { parseJsonSafe } from '../codecs/safe-json';
import { HostFailure, formatJsonPath } from '../ipc/errors';
import type { DiagramFile } from '../model/diagram-schema';
import { MAX_TEXT_BYTES } from '../model/file-limits';
import { LIMITS } from '../model/limits';
import { validateFileValue, type FileKind } from '../model/validate';
import { DEFAULT_JSON_LIMITS } from '../codecs/safe-json';
import {
  BUNDLE_FORMAT,
  BUNDLE_SCHEMA_VERSION,
  bundleEnvelopeSchema,
  type Bundle,
} from './bundle-schema';

/** The scanner's limits for a bundle: a workspace's, with the parts nested one level down. */
const BUNDLE_JSON_LIMITS = { ...DEFAULT_JSON_LIMITS, maxStringBytes: MAX_TEXT_BYTES };

/** The largest bundle read at all: the size of the largest workspace file. */
export const MAX_BUNDLE_BYTES = LIMITS.maxFileBytes;

function bundleError(file: string, path: ReadonlyArray<PropertyKey>, message: string): HostFailure {
  const jsonPath = formatJsonPath(path);
  return new HostFailure({
    code: 'SCHEMA_ERROR',
    message: `${file}, ${jsonPath}: ${message}`,
    file,
    jsonPath,
  });
}

/**
 * Validates one part of a bundle as the workspace file it is, then names the place of any
 * problem within the bundle (`diagrams[2].nodes[4].x`), not within the part.
 */
function validatePart<K extends FileKind>(
  kind: K,
  value: unknown,
  file: string,
  at: ReadonlyArray<string | number>,
  framework: Bundle['framework'],
) {
  try {
    const part = validateFileValue(kind, value, file, { framework });
    if (part.newer) {
      throw bundleError(
        file,
        [...at, 'schemaVersion'],
        `written by a newer version of eTOM Studio (${kind} schema version ${part.version}). Update eTOM Studio to import it.`,
      );
    }
    return part.value;
  } catch (error) {
    if (!(error instanceof HostFailure) || error.error.file !== file) throw error;
    const inner = error.error.jsonPath;
    const innerPath = inner === undefined || inner === '(root)' ? '' : inner;
    const prefix = formatJsonPath(at);
    const jsonPath =
      innerPath === ''
        ? prefix
        : innerPath.startsWith('[')
          ? prefix + innerPath
          : `${prefix}.${innerPath}`;
    const detail = error.error.message.replace(`${file}, ${inner ?? ''}: `, '');
    throw new HostFailure({
      ...error.error,
      message: `${file}, ${jsonPath}: ${detail}`,
      jsonPath,
    });
  }
}

/**
 * Reads a bundle from its text: parsed safely within limits, the envelope checked, then every
 * part validated (and migrated) as the workspace file it is; references inside the bundle must
 * resolve (a process node's process, a mapping's process, an edge's mapping). Every problem is a
 * HostFailure naming `file` and the JSON path; nothing is written anywhere.
 */
export function readBundle(text: string, file: string): Bundle {
  const value = parseJsonSafe(text, file, BUNDLE_JSON_LIMITS);
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    throw bundleError(file, [], 'expected a JSON object.');
  }
  const record = value as Record<string, unknown>;
  if (record.format !== BUNDLE_FORMAT) {
    throw bundleError(
      file,
      ['format'],
      `expected "${BUNDLE_FORMAT}"; this is not an eTOM Studio bundle.`,
    );
  }
  if (typeof record.schemaVersion === 'number' && record.schemaVersion > BUNDLE_SCHEMA_VERSION) {
    throw new HostFailure({
      code: 'NEWER_VERSION',
      message: `${file} was written by a newer version of eTOM Studio (bundle version ${record.schemaVersion}; this version reads up to ${BUNDLE_SCHEMA_VERSION}). Update eTOM Studio to import it.`,
      file,
      jsonPath: 'schemaVersion',
    });
  }
  const envelope = bundleEnvelopeSchema.safeParse(record);
  if (!envelope.success) {
    const [issue] = envelope.error.issues;
    throw bundleError(file, issue?.path ?? [], `${issue?.message ?? 'invalid'}.`);
  }
  const { framework } = envelope.data;
  const processes = validatePart(
    'processes',
    envelope.data.processes,
    file,
    ['processes'],
    framework,
  );
  const mappings = validatePart('mappings', envelope.data.mappings, file, ['mappings'], framework);
  const diagrams: DiagramFile[] = envelope.data.diagrams.map((diagram, index) =>
    validatePart('diagram', diagram, file, ['diagrams', index], framework),
  );
  const bundle: Bundle = { ...envelope.data, processes, mappings, diagrams };
  checkReferences(bundle, file);
  return bundle;
}

/** Every reference inside the bundle resolves within it; diagram ids are distinct. */
function checkReferences(bundle: Bundle, file: string): void {
  const processIds = new Set<string>(bundle.processes.processes.map((process) => process.id));
  const mappingIds = new Set<string>(bundle.mappings.mappings.map((mapping) => mapping.id));
  const qualifiers = new Set(bundle.alignments.map((qualifier) => qualifier.id));
  bundle.mappings.mappings.forEach((mapping, index) => {
    if (!processIds.has(mapping.processId)) {
      throw bundleError(
        file,
        ['mappings', 'mappings', index, 'processId'],
        `the mapping's company process "${mapping.processId}" is not in the bundle.`,
      );
    }
    if (!qualifiers.has(mapping.alignment)) {
      throw bundleError(
        file,
        ['mappings', 'mappings', index, 'alignment'],
        `the alignment "${mapping.alignment}" is not among the bundle's alignments.`,
      );
    }
  });
  const diagramIds = new Set<string>();
  bundle.diagrams.forEach((diagram, d) => {
    if (diagramIds.has(diagram.id)) {
      throw bundleError(file, ['diagrams', d, 'id'], `duplicate diagram id "${diagram.id}".`);
    }
    diagramIds.add(diagram.id);
    diagram.nodes.forEach((node, n) => {
      if (node.kind === 'process' && !processIds.has(node.processId)) {
        throw bundleError(
          file,
          ['diagrams', d, 'nodes', n, 'processId'],
          `the node's company process "${node.processId}" is not in the bundle.`,
        );
      }
    });
    diagram.edges.forEach((edge, e) => {
      if (edge.mappingId !== undefined && !mappingIds.has(edge.mappingId)) {
        throw bundleError(
          file,
          ['diagrams', d, 'edges', e, 'mappingId'],
          `the edge's mapping "${edge.mappingId}" is not in the bundle.`,
        );
      }
    });
  });
}
