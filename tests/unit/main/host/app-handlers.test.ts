import { describe, expect, it } from 'vitest';
import { createAppHandlers } from '../../../../main/host/app-handlers';
import { failureOf } from '../../helpers/host-failure';

const options = { host: 'electron' as const, version: '1.0.0', nativeDialogs: true };

describe('app.setMenuState', () => {
  it('passes the enabled action ids to the native menu', async () => {
    const reported: string[][] = [];
    const handlers = createAppHandlers({
      ...options,
      setMenuState: (enabled) => reported.push([...enabled]),
    });
    await expect(
      handlers['app.setMenuState']({ enabled: ['workspace.save', 'edit.undo'] }),
    ).resolves.toBeNull();
    expect(reported).toEqual([['workspace.save', 'edit.undo']]);
  });

  it('answers UNSUPPORTED where the host has no menu (the browser host)', async () => {
    const handlers = createAppHandlers({ ...options, host: 'browser' });
    const error = await failureOf(handlers['app.setMenuState']({ enabled: [] }));
    expect(error.code).toBe('UNSUPPORTED');
  });
});
