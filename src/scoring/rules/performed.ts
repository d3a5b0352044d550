import { formatSimTime, ordinal } from '../format.ts'
import type { RuleEvaluator } from '../types.ts'
import { actionEvidence, matches, shortOf } from './shared.ts'

/** Met once the count-th matching action has been performed, at any time. */
export const evaluatePerformed: RuleEvaluator<'performed'> = (spec, input) => {
  const count = spec.action.count ?? 1
  const found = matches(spec.action, input)
  const decisive = found[count - 1]
  if (!decisive) {
    return {
      met: false,
      evidence: found.map((a) => actionEvidence(a, input)),
      decidedAtMs: null,
      reason: shortOf(found.length, count),
    }
  }
  return {
    met: true,
    evidence: found.slice(0, count).map((a) => actionEvidence(a, input)),
    decidedAtMs: decisive.atMs,
    reason: `${count === 1 ? 'performed' : `${ordinal(count)} time`} at ${formatSimTime(decisive.atMs)}`,
  }
}
