import { describeCondition } from '../describe-condition.ts'
import { ordinal, summarizeAction, times } from '../format.ts'
import type { RuleEvaluator } from '../types.ts'
import { actionEvidence, heldAt, matches, whilePath } from './shared.ts'

/**
 * Not met (the thing was done) once the count-th (default first) matching action happens while
 * `while` holds, judged at the moment of each action.
 */
export const evaluateAvoided: RuleEvaluator<'avoided'> = (spec, input) => {
  const cond = spec.while
  const path = whilePath(input.itemId, 'avoided')
  const count = spec.action.count ?? 1
  const found = matches(spec.action, input)
  const offending = cond ? found.filter((a) => heldAt(cond, path, a, input)) : found
  const when = cond ? ` while ${describeCondition(cond, input.scenario, 'past')}` : ''
  const decisive = offending[count - 1]
  if (decisive) {
    const nth = count === 1 ? '' : `${ordinal(count)} time: `
    return {
      met: false,
      evidence: offending.map((a) => actionEvidence(a, input)),
      decidedAtMs: decisive.atMs,
      reason: `${nth}${summarizeAction(input.scenario, decisive)}${when}`,
    }
  }
  let reason = 'never performed'
  if (offending.length > 0) reason = `performed only ${times(offending.length)}${when}, fewer than ${count}`
  else if (found.length > 0) reason = `performed ${times(found.length)}, never${when}`
  return { met: true, evidence: [], decidedAtMs: null, reason }
}
