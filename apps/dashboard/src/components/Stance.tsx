import type { Stance } from '../lib/api-types.js';
import { useI18n } from '../lib/i18n.js';

export const STANCE_COLORS: Record<Stance, string> = {
  support: '#2e7d32',
  oppose: '#c62828',
  neutral: '#757575',
};

export function StanceTag({ stance }: { stance: Stance }) {
  const { t } = useI18n();
  return (
    <span className={`stance stance-${stance}`} data-stance={stance}>
      {t(stance)}
    </span>
  );
}

/** Posterior net position in [-1, 1] from P(support | non-neutral): 2p − 1. */
export function posteriorNet(p: number): number {
  return 2 * p - 1;
}
