import { fileURLToPath } from 'node:url';

/**
 * The codebook shipped with the repository (codebooks/iraq-regional.yaml), found relative
 * to this module so the CLI works from any working directory.
 */
export const DEFAULT_CODEBOOK_PATH = fileURLToPath(
  new URL('../../../codebooks/iraq-regional.yaml', import.meta.url),
);
