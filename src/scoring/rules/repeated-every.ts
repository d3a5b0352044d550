import type { PerformedAction } from '../../engine/types.ts'
import { describeCondition } from '../describe-condition.ts'
import { formatDuration, formatSimTime, times } from '../format.ts'
import type { RuleEvaluator, RuleInput, RuleResult, RuleSpec } from '../types.ts'
import { type Period, holdingPeriods } from './holding-periods.ts'
import { actionEvidence, heldAt, matches, whilePath } from './shared.ts'

interface Failure {
  /** When the failure became certain, for ordering. */
  atMs: number
  decidedAtMs: number | null
  actions: PerformedAction[]
  reason: string
}

/**
 * Within each span where `while` holds (the whole run without one), consecutive matches must be
 * minS–maxS apart, and the last one is overdue if the span still lasts maxS after it. A span
 * longer than maxS with no match at all fails too. Matches count only if `while` held at their time.
 */
export const evaluateRepeatedEvery: RuleEvaluator<'repeatedEvery'> = (spec, input) => {
  const cond = spec.while
  const path = whilePath(input.itemId, 'repeatedEvery')
  const found = matches(spec.action, input).filter((a) => !cond || heldAt(cond, path, a, input))
  const periods = holdingPeriods(cond, path, input.log)
  const when = cond ? ` while ${describeCondition(cond, input.scenario)}` : ''
  const failures = groupByPeriod(found, periods).flatMap(({ period, actions }) =>
    periodFailures(period, actions, { minMs: spec.minS * 1000, maxMs: spec.maxS * 1000, when }),
  )
  failures.sort((a, b) => a.atMs - b.atMs)
  const first = failures[0]
  if (first) {
    const seqs = new Set(failures.flatMap((f) => f.actions.map((a) => a.seq)))
    const more = failures.length > 1 ? ` (and ${failures.length - 1} more)` : ''
    return {
      met: false,
      evidence: found.filter((a) => seqs.has(a.seq)).map((a) => actionEvidence(a, input)),
      decidedAtMs: first.decidedAtMs,
      reason: first.reason + more,
    }
  }
  return { met: true, ...metResult(found, periods, spec, input) }
}

function metResult(
  found: PerformedAction[],
  periods: Period[],
  spec: RuleSpec<'repeatedEvery'>,
  input: RuleInput,
): Omit<RuleResult, 'met'> {
  const last = found.at(-1)
  const evidence = found.map((a) => actionEvidence(a, input))
  if (!last) {
    const cond = spec.while && describeCondition(spec.while, input.scenario)
    let reason = `not needed: the run ended within ${spec.maxS} s`
    if (cond && periods.length === 0) reason = `not applicable: "${cond}" never held`
    else if (cond) reason = `not needed: "${cond}" never held for more than ${spec.maxS} s`
    return { applicable: false, evidence, decidedAtMs: null, reason }
  }
  const gaps = found.slice(1).map((a, i) => formatDuration(a.atMs - (found[i]?.atMs ?? a.atMs)))
  const reason =
    found.length === 1
      ? `performed once at ${formatSimTime(last.atMs)}`
      : `performed ${times(found.length)}, ${gaps.join(', ')} apart`
  return { evidence, decidedAtMs: last.atMs, reason }
}

/** Assigns each match to the span it happened in (inclusive ends: an action may end its own span). */
function groupByPeriod(found: PerformedAction[], periods: Period[]) {
  const groups = periods.map((period) => ({ period, actions: [] as PerformedAction[] }))
  for (const a of found) {
    const group = groups.find((g) => g.period.startMs <= a.atMs && a.atMs <= g.period.endMs)
    if (group) group.actions.push(a)
    else groups.push({ period: { startMs: a.atMs, endMs: a.atMs }, actions: [a] })
  }
  return groups
}

interface Limits {
  minMs: number
  maxMs: number
  /** " while <condition>", or empty. */
  when: string
}

function periodFailures(period: Period, actions: PerformedAction[], { minMs, maxMs, when }: Limits): Failure[] {
  const last = actions.at(-1)
  if (!last) {
    if (period.endMs - period.startMs <= maxMs) return []
    const span = `${formatSimTime(period.startMs)}–${formatSimTime(period.endMs)}`
    return [
      { atMs: period.startMs + maxMs, decidedAtMs: null, actions: [], reason: `never performed${when} (${span})` },
    ]
  }
  const failures: Failure[] = []
  actions.forEach((b, i) => {
    const a = actions[i - 1]
    if (!a) return
    const gapMs = b.atMs - a.atMs
    const gap = `repeated at ${formatSimTime(b.atMs)}, ${formatDuration(gapMs)} after ${formatSimTime(a.atMs)}`
    if (gapMs < minMs) failures.push({ atMs: b.atMs, decidedAtMs: b.atMs, actions: [a, b], reason: `${gap}: too soon` })
    if (gapMs > maxMs) failures.push({ atMs: b.atMs, decidedAtMs: b.atMs, actions: [a, b], reason: `${gap}: too late` })
  })
  const dueMs = last.atMs + maxMs
  if (dueMs < period.endMs) {
    const reason = `overdue: last at ${formatSimTime(last.atMs)}, none by ${formatSimTime(dueMs)}`
    failures.push({ atMs: dueMs, decidedAtMs: null, actions: [last], reason })
  }
  return failures
}
