import type { AVPU, NumericVital, Rhythm, Route, Unit } from '../scenario/schema/index.ts'

/** An amount the learner typed: a drug dose, a shock energy, an oxygen flow or a fluid volume. */
export interface Amount {
  value: number
  unit: Unit
}

// ---------------------------------------------------------------- commands (imperative, in)

export interface PerformCommand {
  type: 'action.perform'
  actionId: string
  amount?: Amount
  route?: Route
  /** CPR quality 0–1 measured in a headset; desktop CPR uses the scene's assumedQuality. */
  quality?: number
}
/** What a headset measured over its last window of CPR (src/xr/cpr/compression-meter.ts). */
export interface CprMetrics {
  /** Compressions per minute over the window; 0 with fewer than two compressions. */
  ratePerMin: number
  /** Median depth proxy (vertical travel of the hands), mm. */
  depthMm: number
  /** Share 0–1 of the window's compressions that ended in full recoil. */
  recoilFraction: number
  /** Longest hands-off interval that reached into the window (ongoing or ended), s. */
  longestPauseS: number
  /** Share 0–1 of the window with compressions going on (hands-off gaps excluded). */
  compressionFraction: number
  /** Compressions counted in the window. */
  compressions: number
  /** Length of the window the metrics describe, s. */
  windowS: number
}

export interface CprQualityCommand {
  type: 'cpr.quality'
  /** Combined quality 0–1 from rate, depth, recoil and pauses (headset CPR). */
  quality: number
  /** The measurements behind `quality`, echoed on `cpr.quality-changed` for the debrief and xAPI. */
  metrics?: CprMetrics
}
export interface PauseCommand {
  type: 'sim.pause'
}
export interface ResumeCommand {
  type: 'sim.resume'
}
export type Command = PerformCommand | CprQualityCommand | PauseCommand | ResumeCommand

/** A command stamped with the sim time at which it was applied: the unit of a recording. */
export interface TimedCommand {
  atMs: number
  command: Command
}

// ---------------------------------------------------------------- state

export type NumericVitals = Record<NumericVital, number>

export interface Vitals extends NumericVitals {
  rhythm: Rhythm
  pulse: boolean
  avpu: AVPU
}

/** A lagged change of vitals started by an action. */
export interface ActiveEffect {
  sourceSeq: number
  actionId: string
  startMs: number
  deltas: Partial<NumericVitals>
  onsetMs: number
  peakMs: number
  /** Infinity is not JSON: null means the effect lasts for the rest of the run (or while `ongoing` is active). */
  durationMs: number | null
  waneMs: number
  /** When set, the effect ends (and wanes) as soon as this ongoing activity stops. */
  ongoing: string | null
  endedAtMs: number | null
}

export interface PerformedAction {
  seq: number
  atMs: number
  actionId: string
  amount?: Amount
  route?: Route
  stateId: string
}

/** An ongoing activity (CPR, oxygen, BVM ventilation, ...) started by an action and running until stopped. */
export interface Activity {
  actionId: string
  sinceMs: number
  amount?: Amount
  route?: Route
  /** CPR only: quality 0–1. */
  quality?: number
}

/** Monitor alarms: a numeric vital outside its limits, or a lethal rhythm. */
export type AlarmId = NumericVital | 'rhythm'

export interface Revealed {
  text: string
  atMs: number
}

export interface SimState {
  scenarioId: string
  seed: number
  stepMs: number
  nowMs: number
  /** Sequence number of the next event. */
  nextSeq: number
  paused: boolean
  ended: Outcome | null
  /** sfc32 PRNG state; the only source of randomness. */
  rng: [number, number, number, number]
  /** Values drawn once per seed for every `[min, max]` range in the scene (keyed by their path). */
  drawn: Record<string, number>
  stateId: string
  stateEnteredMs: number
  /** Vitals before action effects and noise, trending toward the state's targets; in NUMERIC_VITAL_NAMES order. */
  baseline: number[]
  /** What the patient shows now (baseline + effects + CPR + noise, clamped). */
  vitals: Vitals
  /** Smoothed monitor noise per vital, in NUMERIC_VITAL_NAMES order. */
  noise: number[]
  effects: ActiveEffect[]
  /** Ongoing activities (cpr, oxygen, ...) by id with their start time and parameters. */
  active: Record<string, Activity>
  access: { iv: boolean; io: boolean }
  defib: { padsOn: boolean; chargedJ: number | null }
  monitored: NumericVital[]
  revealed: Record<string, Revealed>
  performed: PerformedAction[]
  /** Transitions whose condition held and which fire after their delay. */
  pending: { transition: number; fireAtMs: number; fromState: string }[]
  alarms: AlarmId[]
  /** Since when an alarm's condition has differed from whether it sounds (it changes after ALARM_CONFIRM_MS). */
  alarmPending: Partial<Record<AlarmId, number>>
}

export interface Outcome {
  id: string
  label: string
  success: boolean
  atMs: number
}

// ---------------------------------------------------------------- events (past tense, out)

interface EventBase {
  seq: number
  atMs: number
}

/** Snapshot attached to every performed action, so scoring and xAPI need no re-simulation. */
export interface Context {
  stateId: string
  stateEnteredMs: number
  vitals: Vitals
  active: string[]
}

export type SimEvent = EventBase &
  (
    | {
        type: 'sim.started'
        scenarioId: string
        seed: number
        stateId: string
        vitals: Vitals
        drawn: Record<string, number>
      }
    | { type: 'sim.paused' }
    | { type: 'sim.resumed' }
    | { type: 'sim.ended'; outcome: Outcome; vitals: Vitals }
    | {
        type: 'action.performed'
        actionId: string
        kind: string
        amount?: Amount
        route?: Route
        context: Context
      }
    | { type: 'action.refused'; actionId: string; reason: string; amount?: Amount; route?: Route }
    | { type: 'command.ignored'; command: Command['type']; reason: string }
    | { type: 'finding.revealed'; actionId: string; key: string; text: string }
    | {
        type: 'vital.measured'
        actionId: string
        vital: NumericVital | 'rhythm' | 'pulse'
        /** null: no reading (a cuff or an oximeter on a patient without a pulse). */
        value: number | string | boolean | null
      }
    | { type: 'state.changed'; from: string; to: string; cause: StateChangeCause; vitals: Vitals }
    | { type: 'transition.scheduled'; transition: number; to: string; fireAtMs: number }
    | { type: 'rhythm.changed'; from: Rhythm; to: Rhythm }
    | { type: 'activity.started'; activity: string; actionId: string; amount?: Amount; quality?: number }
    | { type: 'activity.stopped'; activity: string; actionId: string; durationMs: number }
    | { type: 'cpr.quality-changed'; quality: number; metrics?: CprMetrics }
    | { type: 'defib.pads-attached' }
    | { type: 'defib.analysed'; rhythm: Rhythm; shockable: boolean }
    | { type: 'defib.charged'; energyJ: number }
    | { type: 'defib.disarmed' }
    | { type: 'defib.shocked'; energyJ: number; rhythm: Rhythm; shockable: boolean }
    | { type: 'access.established'; access: 'iv' | 'io' }
    | { type: 'effect.started'; actionId: string; deltas: Partial<NumericVitals> }
    | { type: 'monitor.shown'; vitals: NumericVital[] }
    | { type: 'alarm.raised'; alarm: AlarmId; value: number | string }
    | { type: 'alarm.cleared'; alarm: AlarmId; value: number | string }
  )

export type StateChangeCause =
  { kind: 'action'; actionId: string; seq: number } | { kind: 'transition'; transition: number }

export type SimEventType = SimEvent['type']
export type EventOf<T extends SimEventType> = Extract<SimEvent, { type: T }>

export interface EngineOptions {
  seed: number
  /** Fixed simulation step (default 100 ms). */
  stepMs?: number
  /** Largest elapsed time one advance() will simulate, so a backgrounded tab cannot trigger a catch-up storm. */
  maxAdvanceMs?: number
}

export interface Engine {
  getState(): Readonly<SimState>
  /** The full event log so far (every command and consequence, with sim time). */
  getEvents(): readonly SimEvent[]
  /** Called with the events of each dispatch/advance that produced any. */
  subscribe(listener: (events: readonly SimEvent[], state: Readonly<SimState>) => void): () => void
  dispatch(command: Command): readonly SimEvent[]
  advance(elapsedMs: number): readonly SimEvent[]
  /** Commands applied so far with their sim time: with the scenario and seed, a full recording. */
  getCommands(): readonly TimedCommand[]
}
