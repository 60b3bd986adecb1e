import { describe, expect, it } from 'vitest';
import { toCanonicalJson } from '../../../../shared/codecs/canonical-json';
import { validateFileText } from '../../../../shared/model/validate';
import { buildDiagram } from '../../../fixtures/workspace-builder';
import { failureOfSync as failure } from '../../helpers/host-failure';

describe('diagram file schema', () => {
  it('refuses a Windows device name as a diagram id, naming the file and the path (I.41)', () => {
    for (const id of ['con', 'nul', 'aux', 'prn', 'com1', 'lpt9']) {
      const file = `diagrams/${id}.json`;
      const error = failure(() =>
        validateFileText('diagram', toCanonicalJson(buildDiagram(id, 1)), file),
      );
      expect(error, id).toMatchObject({ code: 'SCHEMA_ERROR', file, jsonPath: 'id' });
      expect(error.message).toMatch(/device name Windows reserves/);
    }
  });

  it('still takes ids that only look like one', () => {
    for (const id of ['console', 'con-diagram', 'com10', 'lpt0']) {
      expect(
        validateFileText('diagram', toCanonicalJson(buildDiagram(id, 1)), `diagrams/${id}.json`)
          .value.id,
      ).toBe(id);
    }
  });
});
