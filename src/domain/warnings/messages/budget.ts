import type { WarningSpecs } from '../catalogue';

/** Budget warnings: filled in with the budget metrics. */
export const budgetWarningSpecs: WarningSpecs = {};
