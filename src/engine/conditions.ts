import { matchIds, type ActionMatch, type Condition, type NumericVital } from '../scenario/schema/index.ts'
import { amountInRange } from './amounts.ts'
import type { PerformedAction, Vitals } from './types.ts'

/** Everything a condition can look at, at one moment of sim time. Built live by the engine and from the log by scoring. */
export interface ConditionContext {
  nowMs: number
  stateId: string
  stateEnteredMs: number
  vitals: Vitals
  active: readonly string[]
  /** Actions performed up to now, oldest first. */
  performed: readonly PerformedAction[]
  weightKg: number
  /** Seeded value of a `[min, max]` range at this document path (see drawRanges). */
  resolve: (value: number | readonly [number, number], path: string) => number
}

export function matchesAction(match: ActionMatch, action: PerformedAction, weightKg: number): boolean {
  if (!matchIds(match).includes(action.actionId)) return false
  if (match.routes && (!action.route || !match.routes.includes(action.route))) return false
  if (match.amount && !amountInRange(action.amount, match.amount, weightKg)) return false
  return true
}

/** Actions matching `match` (ignoring `count`) that are inside its time window, oldest first. */
export function matchingActions(match: ActionMatch, ctx: ConditionContext): PerformedAction[] {
  const since = Math.max(
    match.withinLastS === undefined ? -Infinity : ctx.nowMs - match.withinLastS * 1000,
    match.sinceStateEntry ? ctx.stateEnteredMs : -Infinity,
  )
  return ctx.performed.filter((a) => a.atMs >= since && a.atMs <= ctx.nowMs && matchesAction(match, a, ctx.weightKg))
}

export function evaluateCondition(cond: Condition, ctx: ConditionContext, path: string): boolean {
  if (cond.all && !cond.all.every((c, i) => evaluateCondition(c, ctx, `${path}.all.${i}`))) return false
  if (cond.any && !cond.any.some((c, i) => evaluateCondition(c, ctx, `${path}.any.${i}`))) return false
  if (cond.not && evaluateCondition(cond.not, ctx, `${path}.not`)) return false
  if (cond.state !== undefined) {
    const states = typeof cond.state === 'string' ? [cond.state] : cond.state
    if (!states.includes(ctx.stateId)) return false
  }
  if (
    cond.inStateS !== undefined &&
    ctx.nowMs - ctx.stateEnteredMs < ctx.resolve(cond.inStateS, `${path}.inStateS`) * 1000
  )
    return false
  if (cond.elapsedS !== undefined && ctx.nowMs < ctx.resolve(cond.elapsedS, `${path}.elapsedS`) * 1000) return false
  if (cond.action && matchingActions(cond.action, ctx).length < (cond.action.count ?? 1)) return false
  if (cond.active !== undefined && !ctx.active.includes(cond.active)) return false
  if (cond.pulse !== undefined && ctx.vitals.pulse !== cond.pulse) return false
  if (cond.vitals) {
    for (const [name, limit] of Object.entries(cond.vitals)) {
      if (!limit) continue
      const value = ctx.vitals[name as NumericVital]
      if (limit.below !== undefined && !(value < limit.below)) return false
      if (limit.above !== undefined && !(value > limit.above)) return false
    }
  }
  return true
}
