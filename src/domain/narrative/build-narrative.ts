import type { EvaluationReport, Locale } from '../model';
import type { NarrativeBlock, NarrativeDocument } from './document';
import { findProblems } from './find-problems';
import { phrasebookFor, type Phrasebook } from './phrases';
import { budgetOverview } from './sections/budget-overview';
import { conclusion } from './sections/conclusion';
import { measureParagraphs, problemParagraphs } from './sections/problems-and-measures';
import { scoringTable } from './sections/scoring-table';
import { quotedParagraphs, statement, type Section } from './sections/section';
import { taskAnalysis } from './sections/task-analysis';
import { oneLineName } from './quoted-text';
import { infoSource, projectNameOf } from './sources';

function chapter(phrases: Phrasebook, index: number, heading: string, sections: readonly Section[], whenEmpty: NarrativeBlock[] = []): NarrativeBlock[] {
  const blocks: NarrativeBlock[] = [{ kind: 'heading', level: 1, text: phrases.chapter(index, heading) }];
  const present = sections.filter((section) => section.blocks.length > 0);
  if (present.length === 0) return [...blocks, ...whenEmpty];
  present.forEach((section, i) => {
    blocks.push({ kind: 'heading', level: 2, text: phrases.section(i + 1, section.heading) }, ...section.blocks);
  });
  return blocks;
}

function basicInfoChapter(report: EvaluationReport, phrases: Phrasebook): NarrativeBlock[] {
  const { info } = report;
  const type = info.evaluationType;
  return chapter(
    phrases,
    1,
    phrases.headings.basicInfo,
    [
      {
        heading: phrases.headings.overview(type),
        blocks: [...quotedParagraphs(info.functions, infoSource(info, 'functions')), ...quotedParagraphs(info.organisation, infoSource(info, 'organisation'))],
      },
      { heading: phrases.headings.annualGoals, blocks: quotedParagraphs(info.annualGoals, infoSource(info, 'annualGoals')) },
      { heading: phrases.headings.budget(type), blocks: report.budget ? budgetOverview(report.budget, phrases) : [] },
    ],
    [statement(phrases.nothingInBasicInfo(type))],
  );
}

function evaluationChapter(report: EvaluationReport, phrases: Phrasebook, locale: Locale): NarrativeBlock[] {
  const scored = report.indicators.length > 0 || report.levels.length > 0;
  return chapter(phrases, 2, phrases.headings.evaluation, [
    { heading: phrases.headings.conclusion, blocks: conclusion(report, phrases) },
    {
      heading: phrases.headings.taskAnalysis,
      blocks: scored ? [...taskAnalysis(report, phrases, locale), statement(phrases.scoringLead), scoringTable(report, phrases)] : [],
    },
    { heading: phrases.headings.achievements, blocks: quotedParagraphs(report.info.achievements, infoSource(report.info, 'achievements')) },
  ]);
}

/**
 * The 自评报告 of an evaluation, following the seeds' outline (DOMAIN.md "The narrative"): 一、基本情况;
 * 二、综合评价分析 with the conclusion, the tasks and the scoring table; 三、存在的主要问题; 四、下一步改进措施.
 * Every figure comes from the report and the user's own text is quoted, never invented: a part with
 * nothing to say is left out, and with no problem found the report says so instead of making one up.
 * Pure: the same report gives the same document.
 */
export function buildNarrative(report: EvaluationReport, locale: Locale = 'zh-CN'): NarrativeDocument {
  const phrases = phrasebookFor(locale);
  const { info } = report;
  const unitName = oneLineName(info.unitName);
  const problems = findProblems(report, phrases);
  const problemHeading = phrases.chapter(3, phrases.headings.problems);
  const measureHeading = phrases.chapter(4, phrases.headings.measures);
  const titleLines = phrases.titleLines({ unitName, year: info.year, evaluationType: info.evaluationType, projectName: projectNameOf(info) });
  return {
    locale,
    title: titleLines.join(''),
    titleLines,
    unitName,
    year: info.year.trim(),
    evaluationType: info.evaluationType,
    subtitle: phrases.subtitle(unitName, info.year),
    blocks: [
      ...basicInfoChapter(report, phrases),
      ...evaluationChapter(report, phrases, locale),
      { kind: 'heading', level: 1, text: problemHeading },
      ...problemParagraphs(problems, phrases),
      { kind: 'heading', level: 1, text: measureHeading },
      ...measureParagraphs(problems, phrases),
    ],
  };
}
