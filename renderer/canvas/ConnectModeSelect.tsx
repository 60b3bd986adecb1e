import { setConnectMode, useConnectMode, type ConnectMode } from './connect-mode';

/** The canvas toolbar's choice of what a drawn company-to-eTOM connection makes. */
export function ConnectModeSelect() {
  const mode = useConnectMode((state) => state.mode);
  return (
    <label className="connect-mode">
      Connect as
      <select
        value={mode}
        onChange={(event) => setConnectMode(event.target.value as ConnectMode)}
        title="What a connection drawn from a company process to an eTOM process makes"
      >
        <option value="flow">Flow</option>
        <option value="mapping">Mapping</option>
      </select>
    </label>
  );
}
