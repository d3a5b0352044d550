import type { ActionMatch, Rule, Scenario } from '../scenario/schema/index.ts'
import { describeActionMatch, describeCondition } from './describe-condition.ts'
import { formatAmountRange, ordinal, times } from './format.ts'
import { ruleEntry } from './rules/registry.ts'
import type { RuleKey, RuleSpec } from './types.ts'

type Describer<K extends RuleKey> = (spec: RuleSpec<K>, scenario: Scenario) => string

/** "Shock (defib-shock)", "Shock (defib-shock) 3 times". */
const counted = (match: ActionMatch, scenario: Scenario) =>
  describeActionMatch(match, scenario) + ((match.count ?? 1) > 1 ? ` ${times(match.count ?? 1)}` : '')

const DESCRIBERS: { [K in RuleKey]: Describer<K> } = {
  performed: (s, sc) => {
    const n = s.action.count ?? 1
    return `${describeActionMatch(s.action, sc)} performed${n > 1 ? ` ${times(n)}` : ''}`
  },
  performedWithin: (s, sc) => {
    const from = !s.from || s.from === 'start' ? 'the start' : `entering ${s.from.state}`
    return `${counted(s.action, sc)} within ${s.withinS} s of ${from}`
  },
  performedBefore: (s, sc) => {
    const n = s.before.count ?? 1
    return `${counted(s.action, sc)} before ${n > 1 ? `the ${ordinal(n)} ` : ''}${describeActionMatch(s.before, sc)}`
  },
  repeatedEvery: (s, sc) => {
    const every = s.minS === s.maxS ? `${s.minS} s` : `${s.minS}–${s.maxS} s`
    const when = s.while ? ` while ${describeCondition(s.while, sc)}` : ''
    return `${describeActionMatch(s.action, sc)} repeated every ${every}${when}`
  },
  doseInRange: (s, sc) => {
    const n = s.action.count ?? 1
    const atLeast = n > 1 ? ` at least ${times(n)},` : ''
    return `${describeActionMatch(s.action, sc)}${atLeast} always at ${formatAmountRange(s.amount, sc.patient.weightKg)}`
  },
  avoided: (s, sc) => {
    const n = s.action.count ?? 1
    const never = n > 1 ? `not more than ${times(n - 1)}` : 'never'
    return `${describeActionMatch(s.action, sc)} ${never}${s.while ? ` while ${describeCondition(s.while, sc)}` : ''}`
  },
}

/** The rule in plain words, e.g. "Shock (defib-shock) within 120 s of the start". */
export function describeRule(rule: Rule, scenario: Scenario): string {
  const entry = ruleEntry(rule)
  return describe(entry, scenario)
}

function describe<K extends RuleKey>(entry: { key: K; spec: RuleSpec<K> }, scenario: Scenario): string {
  const fn: Describer<K> = DESCRIBERS[entry.key]
  return fn(entry.spec, scenario)
}
