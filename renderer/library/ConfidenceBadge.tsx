import type { Confidence } from '../../shared/etom/pack-model';

interface Props {
  confidence: Confidence;
  /** A short badge for tree rows and results. */
  compact?: boolean;
}

const SHORT: Record<Confidence, string> = {
  high: 'high',
  medium: 'med',
  'low-medium': 'low-med',
  low: 'low',
};

/** How well public sources confirm a reconstructed classic process. */
export function ConfidenceBadge({ confidence, compact = false }: Props) {
  return (
    <span
      className={`confidence-badge confidence-${confidence}`}
      title={`Reconstructed classic process; confidence: ${confidence}`}
    >
      {compact ? SHORT[confidence] : `Confidence: ${confidence}`}
    </span>
  );
}
