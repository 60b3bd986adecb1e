import { create } from 'zustand';

/**
 * What drawing a connection between a company process and an eTOM process makes: a flow (the
 * default, as between any two steps of a process) or a mapping edge with its mapping. Chosen
 * on the canvas toolbar; any other pair of nodes is joined by a flow or an association either way.
 */
export type ConnectMode = 'flow' | 'mapping';

export const useConnectMode = create<{ mode: ConnectMode }>()(() => ({ mode: 'flow' }));

export function setConnectMode(mode: ConnectMode): void {
  useConnectMode.setState({ mode });
}
