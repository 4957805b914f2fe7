import { z } from 'zod';
import type { ExecutionCap, GradeBand, Scheme } from '../model';
import type { SchemeFieldPath } from './field-names';
import type { SchemeRule } from './validation-messages';

/**
 * The zod schema of a Scheme. Each check's message is a SchemeRule key; validateScheme turns it into
 * a sentence naming the setting. Checks that tie two settings together carry `params.involves`, so the
 * 评分设置 reader knows which rows to fall back on.
 */

const rule = (key: SchemeRule) => ({ error: key });

const number = () => z.number(rule('notANumber'));
const positive = () => number().gt(0, rule('positive'));
const nonNegative = () => number().min(0, rule('nonNegative'));
/** a ratio in (0, 1]: 0.9 is 90% */
const rate = () => number().gt(0, rule('rateRange')).max(1, rule('rateRange'));
/** a figure on the 100 scale grades and caps use */
const score100 = () => number().min(0, rule('scoreRange')).max(100, rule('scoreRange'));
const yesNo = () => z.boolean(rule('notYesNo'));

const LABEL_SEPARATORS = /[;；,，、\n\r]/;

const gradeBandSchema = z.strictObject({
  min: score100(),
  label: z.string().refine((label) => label.trim().length > 0, rule('gradeLabelEmpty')),
});

const gradesSchema = z
  .array(gradeBandSchema, rule('notAList'))
  .min(1, rule('gradesEmpty'))
  .superRefine((grades: GradeBand[], ctx) => {
    const report = (key: SchemeRule) => ctx.addIssue({ code: 'custom', message: key });
    // the 评分设置 reader sorts the bands, so from a cell only a repeated bound can break the order
    if (new Set(grades.map((g) => g.min)).size !== grades.length) report('gradesDuplicateMin');
    else if (grades.some((g, i) => i > 0 && !(g.min < grades[i - 1].min))) report('gradesOrder');
    if (grades.length > 0 && grades[grades.length - 1].min !== 0) report('gradesLastZero');
    const labels = grades.map((g) => g.label.trim());
    if (new Set(labels).size !== labels.length) report('gradeLabelDuplicate');
    if (labels.some((label) => LABEL_SEPARATORS.test(label))) report('gradeLabelSeparator');
  });

const capsSchema = z
  .array(z.strictObject({ rateBelow: rate(), maxTotal: score100() }), rule('notAList'))
  .superRefine((caps: ExecutionCap[], ctx) => {
    if (new Set(caps.map((c) => c.rateBelow)).size !== caps.length) {
      ctx.addIssue({ code: 'custom', message: 'capsDuplicateRate' satisfies SchemeRule });
    } else if (caps.some((c, i) => i > 0 && !(c.rateBelow < caps[i - 1].rateBelow))) {
      ctx.addIssue({ code: 'custom', message: 'capsRateOrder' satisfies SchemeRule });
    }
    if (caps.some((c, i) => i > 0 && c.maxTotal > caps[i - 1].maxTotal)) {
      ctx.addIssue({ code: 'custom', message: 'capsTotalOrder' satisfies SchemeRule });
    }
  });

export const schemeSchema = z
  .strictObject({
    totalPoints: positive(),
    reverseFormula: z.enum(['ratio', 'linear'], rule('reverseFormulaChoice')),
    rescaleNotApplicable: yesNo(),
    budgetPointsDefault: nonNegative(),
    referenceWeights: z.strictObject({
      output: nonNegative(),
      benefit: nonNegative(),
      satisfaction: nonNegative(),
      budget: nonNegative(),
    }),
    executionCaps: z.strictObject({ enabled: yesNo(), caps: capsSchema }),
    overAchievement: z.strictObject({
      threshold: number().gt(1, rule('thresholdAboveOne')),
      deductionEnabled: yesNo(),
      deductionPoints: nonNegative(),
    }),
    grades: gradesSchema,
    sumTolerance: nonNegative(),
    reportScore: z.enum(['computed', 'self'], rule('reportScoreChoice')),
    selfScoreTolerance: nonNegative(),
    lowExecutionRate: rate(),
    lowCompletion: rate(),
    credibilityTotal: score100(),
  })
  .superRefine((scheme, ctx) => {
    const combination = (key: SchemeRule, involves: SchemeFieldPath[]) =>
      ctx.addIssue({ code: 'custom', message: key, path: involves[0].split('.'), params: { involves } });
    if (scheme.budgetPointsDefault > scheme.totalPoints) {
      combination('budgetPointsAboveTotal', ['budgetPointsDefault', 'totalPoints']);
    }
    if (scheme.overAchievement.deductionPoints > scheme.totalPoints) {
      combination('deductionAboveTotal', ['overAchievement.deductionPoints', 'totalPoints']);
    }
    if (scheme.executionCaps.enabled && scheme.executionCaps.caps.length === 0) {
      combination('capsEmptyWhileEnabled', ['executionCaps.caps', 'executionCaps.enabled']);
    }
  });

/** Fails to compile if the schema and the Scheme model drift apart. */
type Same<A, B> = (<T>() => T extends A ? 1 : 2) extends <T>() => T extends B ? 1 : 2 ? true : false;
const schemaMatchesModel: Same<z.infer<typeof schemeSchema>, Scheme> = true;
