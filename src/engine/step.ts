import type { Scenario } from '../scenario/schema/index.ts'
import { updateAlarms } from './alarms.ts'
import { changeState } from './change-state.ts'
import { evaluateCondition } from './conditions.ts'
import { conditionContext, createDraft, type Draft } from './draft.ts'
import { effectFinished, snapshotVitals, stepVitals } from './physiology.ts'
import type { SimEvent, SimState } from './types.ts'

/** One fixed step of sim time: pure `(state) → [state, events]`. */
export function step(scenario: Scenario, prev: SimState): [SimState, SimEvent[]] {
  if (prev.paused || prev.ended) return [prev, []]
  const d = createDraft(scenario, prev)
  d.s.nowMs = prev.nowMs + prev.stepMs
  firePending(d)
  stepVitals(scenario, d.s, d.rng, prev.stepMs, d.resolve)
  if (d.s.effects.some((e) => effectFinished(e, d.s.nowMs)))
    d.s.effects = d.s.effects.filter((e) => !effectFinished(e, d.s.nowMs))
  evaluateTransitions(d)
  updateAlarms(d)
  checkEnd(d)
  return [d.s, d.events]
}

function firePending(d: Draft): void {
  const due = d.s.pending.find((p) => p.fireAtMs <= d.s.nowMs && p.fromState === d.s.stateId)
  if (!due) return
  const transition = d.scenario.transitions[due.transition]
  if (transition) changeState(d, transition.to, { kind: 'transition', transition: due.transition })
}

const fromMatches = (from: string | string[], stateId: string) =>
  from === '*' || from === stateId || (Array.isArray(from) && from.includes(stateId))

/** First matching immediate transition fires; delayed ones are scheduled once (drug onset, seeded timers). */
export function evaluateTransitions(d: Draft): void {
  const ctx = conditionContext(d)
  const transitions = d.scenario.transitions
  for (let i = 0; i < transitions.length; i++) {
    const t = transitions[i]
    if (!t || t.to === d.s.stateId || !fromMatches(t.from, d.s.stateId)) continue
    if (d.s.pending.some((p) => p.transition === i)) continue
    if (!evaluateCondition(t.when, ctx, `transitions.${i}.when`)) continue
    if (t.delayS === undefined) {
      changeState(d, t.to, { kind: 'transition', transition: i })
      return
    }
    const fireAtMs = d.s.nowMs + d.resolve(t.delayS, `transitions.${i}.delayS`) * 1000
    d.s.pending = [...d.s.pending, { transition: i, fireAtMs, fromState: d.s.stateId }]
    d.emit({ type: 'transition.scheduled', transition: i, to: t.to, fireAtMs })
  }
}

function checkEnd(d: Draft): void {
  const { s, scenario } = d
  const ctx = conditionContext(d)
  for (const [id, end] of Object.entries(scenario.end.conditions)) {
    if (evaluateCondition(end.when, ctx, `end.conditions.${id}.when`)) {
      endRun(d, id, end.label, end.success)
      return
    }
  }
  if (s.nowMs >= scenario.end.timeLimitS * 1000) endRun(d, 'time-limit', 'Time limit reached', false)
}

export function endRun(d: Draft, id: string, label: string, success: boolean): void {
  d.s.ended = { id, label, success, atMs: d.s.nowMs }
  d.emit({ type: 'sim.ended', outcome: d.s.ended, vitals: snapshotVitals(d.s.vitals) })
}
