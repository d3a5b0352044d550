import type { ConditionContext } from '../engine/conditions.ts'
import type { Context, Outcome, PerformedAction, SimEvent, Vitals } from '../engine/types.ts'
import { NUMERIC_VITALS, type NumericVital, type Scenario } from '../scenario/schema/index.ts'

/** What the patient and the room looked like from one event on (until the next one). */
interface Moment {
  atMs: number
  stateId: string
  stateEnteredMs: number
  vitals: Vitals | null
  active: readonly string[]
}

export interface StateEntry {
  stateId: string
  atMs: number
  /** The sim.started or state.changed event; null when the log has no sim.started. */
  seq: number | null
}

/** The event log re-read into what the rules need: performed actions, state entries, condition contexts. */
export interface RunLog {
  events: readonly SimEvent[]
  startedAtMs: number
  endedAtMs: number
  outcome: Outcome | null
  weightKg: number
  performed: readonly PerformedAction[]
  /** Snapshot the engine attached to each performed action, by its seq. */
  contexts: ReadonlyMap<number, Context>
  states: readonly StateEntry[]
  /** The condition context at `atMs`, after every event logged at or before it. */
  contextAt(atMs: number): ConditionContext
  /** The condition context the moment `action` was performed (only the actions before it count). */
  contextOf(action: PerformedAction): ConditionContext
}

export function readRunLog(scenario: Scenario, events: readonly SimEvent[]): RunLog {
  const sorted = [...events].sort((a, b) => a.seq - b.seq)
  const started = sorted.find((e) => e.type === 'sim.started')
  const ended = sorted.find((e) => e.type === 'sim.ended')
  const drawn = started?.drawn ?? {}
  const weightKg = scenario.patient.weightKg
  const performed: PerformedAction[] = []
  const contexts = new Map<number, Context>()
  const states: StateEntry[] = []
  const moments: Moment[] = []
  let now: Moment = {
    atMs: started?.atMs ?? 0,
    stateId: started?.stateId ?? scenario.initial.state,
    stateEnteredMs: started?.atMs ?? 0,
    vitals: started?.vitals ?? null,
    active: [],
  }
  states.push({ stateId: now.stateId, atMs: now.atMs, seq: started?.seq ?? null })
  for (const e of sorted) {
    now = { ...apply(now, e), atMs: e.atMs }
    moments.push(now)
    if (e.type === 'state.changed') states.push({ stateId: e.to, atMs: e.atMs, seq: e.seq })
    if (e.type === 'action.performed') {
      const { seq, atMs, actionId, amount, route, context } = e
      performed.push({
        seq,
        atMs,
        actionId,
        stateId: context.stateId,
        ...(amount && { amount }),
        ...(route && { route }),
      })
      contexts.set(seq, context)
    }
  }
  const first = moments[0] ?? now
  // Logs from before ranges were drawn (or hand-made ones) fall back to the middle of the range.
  const resolve: ConditionContext['resolve'] = (value, path) =>
    typeof value === 'number' ? value : (drawn[path] ?? (value[0] + value[1]) / 2)
  const at = (nowMs: number, m: Omit<Moment, 'atMs'>, performedNow: readonly PerformedAction[]): ConditionContext => ({
    nowMs,
    stateId: m.stateId,
    stateEnteredMs: m.stateEnteredMs,
    vitals: m.vitals ?? emptyVitals(),
    active: m.active,
    performed: performedNow,
    weightKg,
    resolve,
  })

  return {
    events: sorted,
    startedAtMs: started?.atMs ?? 0,
    endedAtMs: ended?.atMs ?? sorted.at(-1)?.atMs ?? 0,
    outcome: ended?.outcome ?? null,
    weightKg,
    performed,
    contexts,
    states,
    contextAt(atMs) {
      // matchingActions only looks at actions up to nowMs, so the whole list can be passed.
      return at(atMs, lastAtOrBefore(moments, atMs) ?? first, performed)
    },
    contextOf(action) {
      const m = contexts.get(action.seq) ?? lastAtOrBefore(moments, action.atMs) ?? first
      return at(
        action.atMs,
        m,
        performed.filter((a) => a.seq < action.seq),
      )
    },
  }
}

function apply(m: Moment, e: SimEvent): Moment {
  switch (e.type) {
    case 'sim.started':
      return { ...m, stateId: e.stateId, stateEnteredMs: e.atMs, vitals: e.vitals }
    case 'state.changed':
      return { ...m, stateId: e.to, stateEnteredMs: e.atMs, vitals: e.vitals }
    case 'action.performed':
      return { ...m, ...e.context }
    case 'activity.started':
      return { ...m, active: [...m.active.filter((a) => a !== e.activity), e.activity] }
    case 'activity.stopped':
      return { ...m, active: m.active.filter((a) => a !== e.activity) }
    case 'sim.ended':
      return { ...m, vitals: e.vitals }
    case 'alarm.raised':
    case 'alarm.cleared':
      return withVital(m, e.alarm, e.value)
    case 'vital.measured':
      return withVital(m, e.vital, e.value)
    default:
      return m
  }
}

/** Alarms and measurements carry the displayed value of one vital: keep it until the next full snapshot. */
function withVital(m: Moment, name: string, value: unknown): Moment {
  if (!m.vitals || typeof value !== 'number' || !(name in NUMERIC_VITALS)) return m
  return { ...m, vitals: { ...m.vitals, [name as NumericVital]: value } }
}

/** Binary search: the last moment logged at or before `atMs`. */
function lastAtOrBefore(moments: readonly Moment[], atMs: number): Moment | undefined {
  let lo = 0
  let hi = moments.length
  while (lo < hi) {
    const mid = (lo + hi) >> 1
    if ((moments[mid]?.atMs ?? Infinity) <= atMs) lo = mid + 1
    else hi = mid
  }
  return moments[lo - 1]
}

/** A log without any vitals (hand-made or truncated): thresholds on vitals then never hold. */
function emptyVitals(): Vitals {
  const numeric = Object.fromEntries(Object.keys(NUMERIC_VITALS).map((k) => [k, NaN])) as Record<NumericVital, number>
  return { ...numeric, rhythm: 'sinus', pulse: true, avpu: 'A' }
}
