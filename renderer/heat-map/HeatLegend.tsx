import { HEAT_NOT_IN_SCOPE, HEAT_STEPS } from '../../shared/coverage/heat-palette';

/** The heat map's key: the five steps and "not in scope", each with its range in words. */
export function HeatLegend() {
  return (
    <ul className="heat-legend" aria-label="Legend">
      {HEAT_STEPS.map((step) => (
        <li key={step.label}>
          <span className="heat-swatch" style={{ background: step.fill }} />
          {step.label}
        </li>
      ))}
      <li>
        <span className="heat-swatch" style={{ background: HEAT_NOT_IN_SCOPE.fill }} />
        not in scope
      </li>
    </ul>
  );
}
