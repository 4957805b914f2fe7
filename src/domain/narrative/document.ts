import type { CellRef, EvaluationType, Locale } from '../model';

/**
 * The 自评报告 as typed data: the sheet planner and the Word writer lay out the same document, so what
 * the two show cannot drift apart.
 */

/**
 * Where a figure or a quoted text came from. A budget line is known by its row only (the report keeps
 * the line, not each of its cells), so it is a row reference rather than an invented cell address.
 */
export type NarrativeSource = CellRef | { sheet: string; row: number };

export type HeadingLevel = 1 | 2 | 3;

export interface HeadingBlock {
  kind: 'heading';
  level: HeadingLevel;
  text: string;
  sources?: NarrativeSource[];
}

/**
 * 'quoted': the user's own text from 基本信息, reproduced as typed;
 * 'statement': a sentence the add-in wrote from the figures.
 */
export type ParagraphOrigin = 'quoted' | 'statement';

export interface ParagraphBlock {
  kind: 'paragraph';
  text: string;
  origin: ParagraphOrigin;
  sources?: NarrativeSource[];
}

/** A table cell: text, or a number with the text the report prints for it. */
export type NarrativeTableCell =
  | { kind: 'text'; text: string }
  /** 'score' prints up to two decimals; 'percent' holds a ratio (0.93) printed as a whole percent, or with the decimals that keep a ratio under 1 from reading 100% */
  | { kind: 'number'; value: number; text: string; format: 'score' | 'percent' };

/**
 * 'group' is a 一级指标 line, 'item' an indicator beneath it, 'adjustment' what an execution-rate cap took
 * off the total, 'total' the 综合绩效 line.
 */
export type NarrativeRowRole = 'group' | 'item' | 'adjustment' | 'total';

export interface NarrativeTableRow {
  role: NarrativeRowRole;
  cells: NarrativeTableCell[];
  sources?: NarrativeSource[];
}

export interface TableBlock {
  kind: 'table';
  header: string[];
  rows: NarrativeTableRow[];
}

export type NarrativeBlock = HeadingBlock | ParagraphBlock | TableBlock;

export interface NarrativeDocument {
  locale: Locale;
  title: string;
  /**
   * the title in the lines a cover breaks it into when it does not fit on one: the year and the unit,
   * then the report's kind (2019 年度武汉市新洲区工商业联合会 / 部门整体支出绩效自评报告); joined, the title
   */
  titleLines: string[];
  /** 单位名称 and 评价年度 as 基本信息 gives them ('' when blank) */
  unitName: string;
  year: string;
  evaluationType: EvaluationType | null;
  /** a line under the title naming the unit and the year ('' when both are blank) */
  subtitle: string;
  blocks: NarrativeBlock[];
}
