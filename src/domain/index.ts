/** The domain's public surface: what the workbook layer, the hosts, the pane and the CLI import. */
export * from './model';
export {
  evaluate,
  emptyTimings,
  gradeFor,
  scoreRatio,
  classifyLevel1,
  percentText,
  BUDGET_LEVEL_NAME,
  EVALUATION_STAGES,
  type EvaluateOptions,
  type EvaluationStage,
  type StageTimings,
} from './evaluate';
export * from './parsing';
export * from './scheme';
export * from './budget';
export { roundHalfUp, scaledRatio, exactSum } from './numbers/round';
export { createWarning, WARNING_SPECS, type WarningSpec, type WarningSpecs, type WarningParams, type WarningLocation } from './warnings/catalogue';
