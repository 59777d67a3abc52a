/** Bumped whenever extraction behaviour changes; stored with every observation. */
export const EXTRACTOR_VERSION = 'rules-1.24.0';
