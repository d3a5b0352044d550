import type { PerformedAction } from '../../engine/types.ts'
import { describeActionMatch } from '../describe-condition.ts'
import { formatSimTime, ordinal } from '../format.ts'
import type { RuleEvaluator } from '../types.ts'
import { actionEvidence, matches, shortOf } from './shared.ts'

/**
 * Met when the count-th `action` match comes before the count-th `before` match. When `before` never
 * happens there is no order to judge: not applicable (leaving out the second action earns nothing).
 */
export const evaluatePerformedBefore: RuleEvaluator<'performedBefore'> = (spec, input) => {
  const count = spec.action.count ?? 1
  const found = matches(spec.action, input)
  const decisive = found[count - 1]
  const otherCount = spec.before.count ?? 1
  const other = matches(spec.before, input)[otherCount - 1]
  const otherWords = `${otherCount > 1 ? `the ${ordinal(otherCount)} ` : ''}${describeActionMatch(spec.before, input.scenario)}`
  const otherEvidence = other ? [actionEvidence(other, input)] : []
  if (other && (!decisive || earlier(other, decisive))) {
    const late = decisive ? `performed at ${formatSimTime(decisive.atMs)}` : shortOf(found.length, count)
    return {
      met: false,
      evidence: [...otherEvidence, ...(decisive ? [actionEvidence(decisive, input)] : [])],
      decidedAtMs: other.atMs,
      reason: `${late}, after ${otherWords} at ${formatSimTime(other.atMs)}`,
    }
  }
  if (!other) {
    const what = decisive ? ` (this one at ${formatSimTime(decisive.atMs)})` : ''
    return {
      met: true,
      applicable: false,
      evidence: decisive ? [actionEvidence(decisive, input)] : [],
      decidedAtMs: null,
      reason: `not applicable: ${otherWords} never performed${what}`,
    }
  }
  if (!decisive) return { met: false, evidence: [], decidedAtMs: null, reason: shortOf(found.length, count) }
  return {
    met: true,
    evidence: [actionEvidence(decisive, input), ...otherEvidence],
    decidedAtMs: decisive.atMs,
    reason: `performed at ${formatSimTime(decisive.atMs)}, before ${otherWords} at ${formatSimTime(other.atMs)}`,
  }
}

/** Log order: sim time, then seq for events logged in the same step. */
const earlier = (a: PerformedAction, b: PerformedAction) => a.atMs < b.atMs || (a.atMs === b.atMs && a.seq < b.seq)
