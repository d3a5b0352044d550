import { z } from 'zod'
import { AmountRange, Id, RefIds, Seconds, Text } from './common.ts'
import { ActionMatch, Condition } from './conditions.ts'

export const RUBRIC_CLASSES = ['critical', 'recommended', 'neutral', 'unnecessary', 'harmful'] as const
/** Classes whose items earn points when met; the others cost points when the learner does the thing. */
export const POSITIVE_CLASSES = ['critical', 'recommended', 'neutral'] as const

/** Where a time window starts: the scenario start, or the first entry into a named state. */
const From = z.union([z.literal('start'), z.strictObject({ state: Id })])

/**
 * One scoring rule. Exactly one key must be present. All times are sim seconds.
 * - performed: the action happened at all.
 * - performedWithin: the first match happened within `withinS` of `from` (default: start).
 * - performedBefore: `action` (its count-th match) happened before the first `before` match.
 * - repeatedEvery: consecutive matches are `minS`–`maxS` apart while `while` holds, and none is overdue.
 * - doseInRange: every matching administration's amount lies in `amount` (per-kg units use the weight).
 * - avoided: no matching action happened (while `while`, evaluated at the time of each action, holds).
 */
export const Rule = z
  .strictObject({
    performed: z.strictObject({ action: ActionMatch }).optional(),
    performedWithin: z.strictObject({ action: ActionMatch, withinS: Seconds, from: From.optional() }).optional(),
    performedBefore: z.strictObject({ action: ActionMatch, before: ActionMatch }).optional(),
    repeatedEvery: z
      .strictObject({ action: ActionMatch, minS: Seconds, maxS: Seconds, while: Condition.optional() })
      .refine((r) => r.minS <= r.maxS, 'expected minS ≤ maxS')
      .optional(),
    doseInRange: z.strictObject({ action: ActionMatch, amount: AmountRange }).optional(),
    avoided: z.strictObject({ action: ActionMatch, while: Condition.optional() }).optional(),
  })
  .refine(
    (r) => Object.keys(r).length === 1,
    'expected exactly one of performed, performedWithin, performedBefore, repeatedEvery, doseInRange, avoided',
  )

export const RubricItem = z.strictObject({
  label: Text.describe('What the learner should (or should not) do, in words'),
  class: z.enum(RUBRIC_CLASSES),
  severity: z
    .enum(['critical', 'major', 'minor'])
    .optional()
    .describe('Harmful items only: a critical one fails the run whatever the score'),
  points: z.number().min(0),
  rule: Rule,
  ref: RefIds.optional().describe('Guideline the item rests on (required when its rule carries a number)'),
  feedback: Text.optional().describe('Shown in the results when the item is not met'),
})

export const Rubric = z.strictObject({
  masteryScore: z
    .number()
    .min(0, 'expected a scaled score from 0 to 1')
    .max(1, 'expected a scaled score from 0 to 1')
    .describe('Scaled score (0–1) needed to pass, besides every critical item'),
  items: z.record(Id, RubricItem),
})

export type Rule = z.infer<typeof Rule>
export type RubricItem = z.infer<typeof RubricItem>
export type Rubric = z.infer<typeof Rubric>
export type RubricClass = (typeof RUBRIC_CLASSES)[number]
