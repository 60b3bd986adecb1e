import { BUILT_IN_PACKS } from '../../shared/etom/registry';
import { switchPack } from '../framework/pack-switch';
import { usePackList } from '../framework/usePackList';

interface Props {
  activePackId: string;
  disabled: boolean;
}

/** The "Framework pack" select: built-in packs and the user's imported ones. */
export function PackSelect({ activePackId, disabled }: Props) {
  const { packs } = usePackList();
  const options = packs ?? BUILT_IN_PACKS.map((p) => ({ ...p, processCount: 0 }));
  const active = options.find((p) => p.id === activePackId);
  return (
    <div className="pack-select">
      <label htmlFor="framework-pack-select">Framework pack</label>
      <select
        id="framework-pack-select"
        value={activePackId}
        // Narrower than the longest names: the whole name shows on hover.
        title={active?.label ?? activePackId}
        disabled={disabled}
        onChange={(event) => void switchPack(event.target.value)}
      >
        {active === undefined && (
          <option value={activePackId}>{`${activePackId} (not installed)`}</option>
        )}
        {options.map((pack) => (
          <option key={pack.id} value={pack.id}>
            {pack.source === 'user' ? `${pack.label} (imported)` : pack.label}
          </option>
        ))}
      </select>
    </div>
  );
}
