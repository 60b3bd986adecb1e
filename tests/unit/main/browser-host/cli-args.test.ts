import { describe, expect, it } from 'vitest';
import { parseBrowserHostArgs } from '../../../../main/browser-host/cli-args';

describe('parseBrowserHostArgs', () => {
  it('defaults to a free port, no browser and the standard data folder', () => {
    expect(parseBrowserHostArgs([], {})).toEqual({
      port: 0,
      open: false,
      dataDir: null,
      rendererDir: null,
      workspace: null,
    });
  });

  it('reads --port, --open and --data-dir in both spellings', () => {
    expect(parseBrowserHostArgs(['--port', '4100', '--open', '--data-dir', '/d'], {})).toEqual({
      port: 4100,
      open: true,
      dataDir: '/d',
      rendererDir: null,
      workspace: null,
    });
    expect(parseBrowserHostArgs(['--port=0', '--data-dir=/a=b'], {})).toEqual({
      port: 0,
      open: false,
      dataDir: '/a=b',
      rendererDir: null,
      workspace: null,
    });
    expect(parseBrowserHostArgs(['--renderer-dir', '/r'], {}).rendererDir).toBe('/r');
  });

  it('takes the port from ETOM_STUDIO_PORT unless the flag is given', () => {
    expect(parseBrowserHostArgs([], { ETOM_STUDIO_PORT: '4200' }).port).toBe(4200);
    expect(parseBrowserHostArgs(['--port', '1'], { ETOM_STUDIO_PORT: '4200' }).port).toBe(1);
  });

  it('takes one workspace folder, resolved against the working folder', () => {
    expect(parseBrowserHostArgs(['my-ws'], {}, '/home/ana').workspace).toBe('/home/ana/my-ws');
    expect(parseBrowserHostArgs(['../ws/'], {}, '/home/ana').workspace).toBe('/home/ws');
    expect(parseBrowserHostArgs(['/srv/ws'], {}, '/home/ana').workspace).toBe('/srv/ws');
    expect(parseBrowserHostArgs(['--open', 'ws', '--port', '4100'], {}, '/home/ana')).toMatchObject(
      { open: true, port: 4100, workspace: '/home/ana/ws' },
    );
    // The value of an option is never taken for the folder.
    expect(parseBrowserHostArgs(['--data-dir', 'd', 'ws'], {}, '/c')).toMatchObject({
      dataDir: 'd',
      workspace: '/c/ws',
    });
    expect(parseBrowserHostArgs(['--', '-odd name'], {}, '/c').workspace).toBe('/c/-odd name');
  });

  it('refuses a second workspace folder', () => {
    expect(() => parseBrowserHostArgs(['a', 'b'], {}, '/c')).toThrow(
      'Only one workspace folder can be opened; got a second one: b',
    );
  });

  it('refuses bad ports, missing values and unknown options', () => {
    expect(() => parseBrowserHostArgs(['--port', 'abc'], {})).toThrow('Not a port number: abc');
    expect(() => parseBrowserHostArgs(['--port', '70000'], {})).toThrow('Not a port');
    expect(() => parseBrowserHostArgs(['--port'], {})).toThrow('--port needs a value.');
    expect(() => parseBrowserHostArgs(['--data-dir='], {})).toThrow('--data-dir needs a value.');
    expect(() => parseBrowserHostArgs(['--host', '0.0.0.0'], {})).toThrow('Unknown option: --host');
    expect(() => parseBrowserHostArgs(['-x'], {})).toThrow('Unknown option: -x');
  });
});
