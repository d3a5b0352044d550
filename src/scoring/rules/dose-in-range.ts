import { amountInRange, convertAmount, formatAmount } from '../../engine/amounts.ts'
import type { PerformedAction } from '../../engine/types.ts'
import type { AmountRange } from '../../scenario/schema/index.ts'
import { formatAmountRange, summarizeAction } from '../format.ts'
import type { RuleEvaluator, RuleInput } from '../types.ts'
import { actionEvidence, matches, shortOf } from './shared.ts'

/**
 * Met when at least `count` (default 1) matching administrations happened and every one of them
 * lies in the window; the first one outside it decides a failure.
 */
export const evaluateDoseInRange: RuleEvaluator<'doseInRange'> = (spec, input) => {
  const { weightKg } = input.log
  const count = spec.action.count ?? 1
  const found = matches(spec.action, input)
  const evidence = found.map((a) => actionEvidence(a, input))
  const outside = found.filter((a) => !amountInRange(a.amount, spec.amount, weightKg))
  const first = outside[0]
  if (first) {
    const more = found.length > 1 ? ` (${outside.length} of ${found.length} outside)` : ''
    return { met: false, evidence, decidedAtMs: first.atMs, reason: `${whyOutside(first, spec.amount, input)}${more}` }
  }
  const decisive = found[count - 1]
  if (!decisive) return { met: false, evidence, decidedAtMs: null, reason: shortOf(found.length, count) }
  const only = found[0]
  return {
    met: true,
    evidence,
    decidedAtMs: decisive.atMs,
    reason:
      found.length === 1 && only
        ? `${summarizeAction(input.scenario, only)} within range`
        : `all ${found.length} within range`,
  }
}

/** "Adrenaline 10 mg IV at 01:12 (= 0.5 mg/kg) outside 0.01–0.02 mg/kg (0.2–0.4 mg for 20 kg)". */
function whyOutside(action: PerformedAction, range: AmountRange, input: RuleInput): string {
  const what = summarizeAction(input.scenario, action)
  const window = formatAmountRange(range, input.log.weightKg)
  if (!action.amount) return `${what} without an amount`
  const value = convertAmount(action.amount, range.unit, input.log.weightKg)
  if (value === null) return `${what}: ${formatAmount(action.amount)} cannot be compared with ${window}`
  const converted = action.amount.unit === range.unit ? '' : ` (= ${value} ${range.unit})`
  return `${what}${converted} outside ${window}`
}
