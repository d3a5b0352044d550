import { formatDuration, formatSimTime, ordinal } from '../format.ts'
import type { RuleEvaluator } from '../types.ts'
import { actionEvidence, matches, shortOf, stateEvidence } from './shared.ts'

/**
 * Met when the count-th match falls within `withinS` of the start, or of the first entry into
 * `from.state`; only matches from that moment on count. When that state was never entered the
 * learner never needed to act: the item is not applicable and counts neither way.
 */
export const evaluatePerformedWithin: RuleEvaluator<'performedWithin'> = (spec, input) => {
  const { log } = input
  const from = spec.from ?? 'start'
  const entry = from === 'start' ? null : log.states.find((s) => s.stateId === from.state)
  if (from !== 'start' && !entry) {
    return {
      met: true,
      applicable: false,
      evidence: [],
      decidedAtMs: null,
      reason: `not applicable: state ${from.state} never entered`,
    }
  }
  const fromMs = entry?.atMs ?? log.startedAtMs
  const fromWords = entry ? `entering ${entry.stateId}` : 'the start'
  const clock = entry ? stateEvidence(entry) : []
  const deadlineMs = fromMs + spec.withinS * 1000
  const count = spec.action.count ?? 1
  const found = matches(spec.action, input).filter((a) => a.atMs >= fromMs)
  const decisive = found[count - 1]
  if (!decisive) {
    const evidence = [...clock, ...found.map((a) => actionEvidence(a, input))]
    return { met: false, evidence, decidedAtMs: null, reason: shortOf(found.length, count) }
  }
  const which = count === 1 ? 'first' : ordinal(count)
  const at = formatSimTime(decisive.atMs)
  const met = decisive.atMs <= deadlineMs
  return {
    met,
    evidence: [...clock, ...found.slice(0, count).map((a) => actionEvidence(a, input))],
    decidedAtMs: decisive.atMs,
    reason: met
      ? `${which} at ${at}, ${formatDuration(decisive.atMs - fromMs)} after ${fromWords}`
      : `${which} at ${at}, ${formatDuration(decisive.atMs - deadlineMs)} late`,
  }
}
