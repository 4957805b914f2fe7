import type { WarningSpecs } from '../catalogue';

/** Input, deviation, score, structure and credibility warnings: filled in with the scoring. */
export const indicatorWarningSpecs: WarningSpecs = {};
