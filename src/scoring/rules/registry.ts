import type { Rule } from '../../scenario/schema/index.ts'
import type { RuleEvaluator, RuleInput, RuleKey, RuleResult, RuleSpec } from '../types.ts'
import { evaluateAvoided } from './avoided.ts'
import { evaluateDoseInRange } from './dose-in-range.ts'
import { evaluatePerformedBefore } from './performed-before.ts'
import { evaluatePerformedWithin } from './performed-within.ts'
import { evaluatePerformed } from './performed.ts'
import { evaluateRepeatedEvery } from './repeated-every.ts'

/** One evaluator per rule family. */
export const RULE_EVALUATORS: { [K in RuleKey]: RuleEvaluator<K> } = {
  performed: evaluatePerformed,
  performedWithin: evaluatePerformedWithin,
  performedBefore: evaluatePerformedBefore,
  repeatedEvery: evaluateRepeatedEvery,
  doseInRange: evaluateDoseInRange,
  avoided: evaluateAvoided,
}

export type RuleEntry = { [K in RuleKey]: { key: K; spec: RuleSpec<K> } }[RuleKey]

/** The one family a rule uses (the schema allows exactly one key). */
export function ruleEntry(rule: Rule): RuleEntry {
  for (const key of Object.keys(RULE_EVALUATORS) as RuleKey[]) {
    const spec = rule[key]
    if (spec !== undefined) return { key, spec } as RuleEntry
  }
  throw new Error(`rubric rule has none of ${Object.keys(RULE_EVALUATORS).join(', ')}`)
}

export function evaluateRule(rule: Rule, input: RuleInput): RuleResult {
  return run(ruleEntry(rule), input)
}

function run<K extends RuleKey>(entry: { key: K; spec: RuleSpec<K> }, input: RuleInput): RuleResult {
  const evaluate: RuleEvaluator<K> = RULE_EVALUATORS[entry.key]
  return evaluate(entry.spec, input)
}
