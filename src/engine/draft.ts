import type { Scenario } from '../scenario/schema/index.ts'
import type { ConditionContext } from './conditions.ts'
import { createResolver } from './draw-ranges.ts'
import type { RngState } from './random.ts'
import type { SimEvent, SimState } from './types.ts'

/** Distributes Omit over the event union so each variant keeps its own fields. */
export type NewEvent = SimEvent extends infer E ? (E extends SimEvent ? Omit<E, 'seq' | 'atMs'> : never) : never

/**
 * A working copy of the state for one pure transition: `s` is a shallow copy the transition may
 * replace fields of (never mutate the previous state's nested objects), `emit` stamps events.
 */
export interface Draft {
  scenario: Scenario
  s: SimState
  rng: RngState
  events: SimEvent[]
  resolve: ReturnType<typeof createResolver>
  emit(event: NewEvent): void
}

export function createDraft(scenario: Scenario, prev: SimState): Draft {
  const s: SimState = { ...prev }
  const rng: RngState = [...prev.rng]
  s.rng = rng
  const events: SimEvent[] = []
  return {
    scenario,
    s,
    rng,
    events,
    resolve: createResolver(prev.drawn),
    emit(event) {
      events.push({ ...event, seq: s.nextSeq++, atMs: s.nowMs } as SimEvent)
    },
  }
}

export function conditionContext(d: Draft): ConditionContext {
  const { s } = d
  return {
    nowMs: s.nowMs,
    stateId: s.stateId,
    stateEnteredMs: s.stateEnteredMs,
    vitals: s.vitals,
    active: Object.keys(s.active),
    performed: s.performed,
    weightKg: d.scenario.patient.weightKg,
    resolve: d.resolve,
  }
}
