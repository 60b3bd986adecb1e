import { FuseV1Options } from '@electron/fuses';

/**
 * The fuses the packaged app must ship with (RELIABILITY.md F.29; electron-builder.yml
 * `electronFuses` flips them): no running as plain Node, no NODE_OPTIONS, no --inspect, the
 * app only from its integrity-checked asar, cookies encrypted, file:// without extra rights.
 * Read back by the packaging suite (stand-in binary) and electron.spec.ts (the real one).
 */
export const EXPECTED_FUSES: ReadonlyArray<readonly [FuseV1Options, 'on' | 'off']> = [
  [FuseV1Options.RunAsNode, 'off'],
  [FuseV1Options.EnableCookieEncryption, 'on'],
  [FuseV1Options.EnableNodeOptionsEnvironmentVariable, 'off'],
  [FuseV1Options.EnableNodeCliInspectArguments, 'off'],
  [FuseV1Options.EnableEmbeddedAsarIntegrityValidation, 'on'],
  [FuseV1Options.OnlyLoadAppFromAsar, 'on'],
  [FuseV1Options.GrantFileProtocolExtraPrivileges, 'off'],
];

/**
 * The state of each fuse of EXPECTED_FUSES in a wire that `getCurrentFuseWire` read, by name:
 * a fuse is the character '0' (off) or '1' (on); anything else is reported as it is.
 */
export function fuseStates(wire: Readonly<Record<number, unknown>>): Array<[string, string]> {
  return EXPECTED_FUSES.map(([fuse]) => {
    const byte = Number(wire[fuse]);
    const state = byte === 0x31 ? 'on' : byte === 0x30 ? 'off' : `unexpected ${byte}`;
    return [FuseV1Options[fuse], state];
  });
}

/** EXPECTED_FUSES in the form fuseStates answers. */
export const EXPECTED_FUSE_STATES: ReadonlyArray<[string, string]> = EXPECTED_FUSES.map(
  ([fuse, state]) => [FuseV1Options[fuse], state],
);
