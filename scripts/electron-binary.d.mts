/** The Electron executable under `<root>/node_modules/electron`, or null when it is absent. */
export function electronBinary(root: string): string | null;
