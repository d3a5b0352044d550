import type { AlarmId, PerformedAction, Revealed, SimEvent, Vitals } from '../engine/index.ts'
import type { Action, NumericVital, Scenario } from '../scenario/index.ts'
import type { ScoreReport } from '../scoring/index.ts'
import { memoOn } from './memo-on.ts'
import type { SimStoreState } from './sim-store.ts'

/**
 * Selectors return stable references (or primitives) where they can, so a component re-renders only
 * when what it shows changed. Per-frame views read `store.getState()` in useFrame instead.
 */
export const selectVitals = (s: SimStoreState): Vitals | null => s.sim?.vitals ?? null

/** Vitals the monitor displays now (others are not measured yet, e.g. EtCO2 before capnography). */
export const selectMonitored = (s: SimStoreState): readonly NumericVital[] => s.sim?.monitored ?? EMPTY

export const selectRevealedFindings = (s: SimStoreState): Readonly<Record<string, Revealed>> => s.sim?.revealed ?? NONE

/** Whole seconds, so a clock display re-renders once a second, not every step. */
export const selectElapsedS = (s: SimStoreState): number => Math.floor((s.sim?.nowMs ?? 0) / 1000)

export const selectAlarms = (s: SimStoreState): readonly AlarmId[] => s.sim?.alarms ?? EMPTY

export const selectOutcome = (s: SimStoreState) => s.sim?.ended ?? null

export const selectScore = (s: SimStoreState): ScoreReport | null => s.report

export const selectActiveActivities = (s: SimStoreState): Readonly<Record<string, unknown>> => s.sim?.active ?? NONE

export interface AvailableAction extends Action {
  id: string
}

const catalogOf = memoOn((scenario: Scenario): AvailableAction[] =>
  Object.entries(scenario.actions).map(([id, a]) => ({ ...a, id })),
)
const availableCache = new WeakMap<Scenario, (performed: readonly PerformedAction[]) => readonly AvailableAction[]>()

/**
 * The scenario's action catalogue, minus one-off actions already done. Doses are never part of it:
 * the learner types them.
 */
export const selectAvailableActions = (s: SimStoreState): readonly AvailableAction[] => {
  const { scenario } = s
  if (!scenario) return EMPTY
  const performed = s.sim?.performed
  if (!performed?.length) return catalogOf(scenario)
  let forScenario = availableCache.get(scenario)
  if (!forScenario) {
    forScenario = memoOn((done: readonly PerformedAction[]) => {
      const ids = new Set(done.map((p) => p.actionId))
      const all = catalogOf(scenario)
      const available = all.filter((a) => a.repeatable !== false || !ids.has(a.id))
      return available.length === all.length ? all : available
    })
    availableCache.set(scenario, forScenario)
  }
  return forScenario(performed)
}

const learnerEvents = memoOn((events: readonly SimEvent[]) =>
  events.filter((e) => e.type === 'action.performed' || e.type === 'action.refused'),
)

/** The learner's own actions so far (performed and refused), newest last. */
export const selectActionLog = (s: SimStoreState): readonly SimEvent[] => learnerEvents(s.events)

const EMPTY: readonly never[] = []
const NONE: Readonly<Record<string, never>> = {}
