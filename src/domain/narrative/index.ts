export { buildNarrative } from './build-narrative';
export { narrativeText } from './plain-text';
export type {
  HeadingBlock,
  HeadingLevel,
  NarrativeBlock,
  NarrativeDocument,
  NarrativeRowRole,
  NarrativeSource,
  NarrativeTableCell,
  NarrativeTableRow,
  ParagraphBlock,
  ParagraphOrigin,
  TableBlock,
} from './document';
export { formatAmount, formatQuantity, formatRate, formatRatio, formatScore, formatThreshold, formatWholePercent, wholePercentValue } from './figures';
