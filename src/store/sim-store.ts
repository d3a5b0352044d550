import { createStore, type StoreApi } from 'zustand/vanilla'
import {
  resumeEngine,
  createEngine,
  type Command,
  type Engine,
  type SimEvent,
  type SimState,
  type TimedCommand,
} from '../engine/index.ts'
import type { Scenario } from '../scenario/index.ts'
import { score, type ScoreReport } from '../scoring/index.ts'

/** 'replay': the debrief shows a recorded moment (no engine runs; the views just draw `sim`). */
export type SimStatus = 'idle' | 'ready' | 'running' | 'paused' | 'ended' | 'replay'

/**
 * Where the learner's head (the camera on desktop) was: rows of [simMs, x, y, z, qx, qy, qz, qw], a row
 * only when it moved. Headset hands are added the same way by the XR input.
 */
export type PoseTrack = number[][]

/** Where a "try from here" attempt began: another attempt (its LRS registration or file name), at a sim time. */
export interface Branch {
  from: string
  atMs: number
}

/** A recording: with the scenario file, everything needed to replay a run exactly. */
export interface Recording {
  scenarioId: string
  scenarioVersion: string
  /** `sha256:…` of the scene file's source, so a replay on an edited file is refused (absent: unknown). */
  contentHash?: string
  seed: number
  commands: readonly TimedCommand[]
  poses: { head: PoseTrack; left?: PoseTrack; right?: PoseTrack }
  /** Set for an attempt started from a moment of another one; its commands up to then are that attempt's. */
  branch?: Branch
}

const NO_HANDS = { left: null, right: null } as const

/** Keep a pose row when the head moved at least this much (m) or turned (quaternion component). */
const POSE_EPSILON = 0.005

export interface SimStoreState {
  scenario: Scenario | null
  seed: number
  /** Counts runs (load, restart): a new run is a new attempt to report, even with the same seed ("try from here"). */
  runId: number
  status: SimStatus
  /** Latest simulation snapshot (immutable; replaced on every step that changed it). */
  sim: Readonly<SimState> | null
  events: readonly SimEvent[]
  /** Set when the run ends. */
  report: ScoreReport | null
  /** An LMS's masteryScore (cmi5 LaunchData), which takes the place of the scene's for pass/fail. */
  masteryOverride: number | null
  /** In a replay, the learner's recorded head pose at that moment [x, y, z, qx, qy, qz, qw] (the ghost). */
  ghost: readonly number[] | null
  /** In a replay of a headset run, the learner's hands (or controllers) at that moment, same layout. */
  ghostHands: { left: readonly number[] | null; right: readonly number[] | null }
  /** How the learner acts now: with mouse, keyboard or touch, or in a headset (statements say which). */
  inputMode: 'desktop' | 'headset'
  setInputMode(mode: 'desktop' | 'headset'): void
  /** Shows a recorded moment (from a debrief timeline) in the views; leaves any live run's engine alone. */
  showReplay(
    scenario: Scenario,
    state: Readonly<SimState>,
    ghost: readonly number[] | null,
    hands?: SimStoreState['ghostHands'],
  ): void
  setMasteryOverride(masteryScore: number | null): void
  /** This run started from a moment of another attempt ("try from here"), else null. */
  branch: Branch | null
  /**
   * A new run. With `resume`, it starts at `branch.atMs` of a recorded attempt (its seed and commands): the state
   * is the recorded one there, and the learner goes on live.
   */
  load(
    scenario: Scenario,
    options?: { seed?: number; contentHash?: string; resume?: { commands: readonly TimedCommand[]; branch: Branch } },
  ): void
  start(): void
  pause(): void
  resume(): void
  perform(command: Extract<Command, { type: 'action.perform' | 'cpr.quality' }>): readonly SimEvent[]
  /** Host frame time in ms; the engine turns it into fixed steps. */
  advance(elapsedMs: number): void
  /** A new attempt of the same scenario with another seed. */
  restart(seed?: number): void
  getRecording(): Recording | null
  /** Samples the learner's head pose (world frame); called at ≥ 10 Hz by the view, kept only when it moved. */
  recordPose(track: 'head' | 'left' | 'right', pose: readonly number[]): void
}

export interface SimStoreOptions {
  /** Seed source for new runs (inject a fixed one in tests). */
  nextSeed?: () => number
}

/**
 * The only bridge between the engine and the views: views select slices of this store and call
 * its actions; they never see the engine. Per-frame readers use `store.getState()` inside useFrame.
 */
const withMastery = (scenario: Scenario, masteryScore: number | null): Scenario =>
  masteryScore === null ? scenario : { ...scenario, rubric: { ...scenario.rubric, masteryScore } }

export function createSimStore(options: SimStoreOptions = {}): StoreApi<SimStoreState> {
  const nextSeed = options.nextSeed ?? (() => Math.floor(Math.random() * 2 ** 31))
  let engine: Engine | null = null
  let unsubscribe: (() => void) | null = null
  let contentHash: string | undefined
  let poses: Recording['poses'] = { head: [] }

  return createStore<SimStoreState>()((set, get) => {
    const attach = (
      scenario: Scenario,
      seed: number,
      resume?: { commands: readonly TimedCommand[]; branch: Branch },
    ) => {
      unsubscribe?.()
      poses = { head: [] }
      engine = resume
        ? resumeEngine(scenario, seed, resume.commands, resume.branch.atMs)
        : createEngine(scenario, { seed })
      unsubscribe = engine.subscribe((_events, state) => {
        const ended = state.ended !== null
        set({
          sim: state,
          events: engine?.getEvents().slice() ?? [],
          ...(ended &&
            get().status !== 'ended' && {
              status: 'ended',
              report: score(withMastery(scenario, get().masteryOverride), engine?.getEvents() ?? []),
            }),
        })
      })
      set({
        scenario,
        seed,
        runId: get().runId + 1,
        status: 'ready',
        sim: engine.getState(),
        events: engine.getEvents().slice(),
        report: null,
        ghost: null,
        ghostHands: NO_HANDS,
        branch: resume?.branch ?? null,
      })
    }

    return {
      scenario: null,
      seed: 0,
      runId: 0,
      status: 'idle',
      sim: null,
      events: [],
      report: null,
      masteryOverride: null,
      ghost: null,
      ghostHands: NO_HANDS,
      branch: null,
      inputMode: 'desktop',
      setInputMode(inputMode) {
        if (get().inputMode !== inputMode) set({ inputMode })
      },
      showReplay(scenario, state, ghost, hands = NO_HANDS) {
        unsubscribe?.()
        unsubscribe = null
        engine = null
        set({ scenario, sim: state, status: 'replay', ghost, ghostHands: hands, report: null })
      },
      setMasteryOverride(masteryScore) {
        set({ masteryOverride: masteryScore })
      },
      load(scenario, opts = {}) {
        contentHash = opts.contentHash
        attach(scenario, opts.seed ?? nextSeed(), opts.resume)
      },
      start() {
        if (get().status === 'ready') set({ status: 'running' })
      },
      pause() {
        if (get().status !== 'running' || !engine) return
        engine.dispatch({ type: 'sim.pause' })
        set({ status: 'paused' })
      },
      resume() {
        if (get().status !== 'paused' || !engine) return
        engine.dispatch({ type: 'sim.resume' })
        set({ status: 'running' })
      },
      perform(command) {
        if (!engine || get().status !== 'running') return []
        return engine.dispatch(command)
      },
      advance(elapsedMs) {
        if (!engine || get().status !== 'running') return
        const before = engine.getState()
        engine.advance(elapsedMs)
        // Steps without events still move time and vitals on: publish the new snapshot.
        const after = engine.getState()
        if (after !== before && get().sim !== after) set({ sim: after })
      },
      restart(seed) {
        const { scenario } = get()
        if (scenario) attach(scenario, seed ?? nextSeed())
      },
      getRecording() {
        const { scenario, seed, branch } = get()
        if (!scenario || !engine) return null
        return {
          ...(branch && { branch }),
          scenarioId: scenario.id,
          scenarioVersion: scenario.version,
          ...(contentHash && { contentHash }),
          seed,
          commands: engine.getCommands().slice(),
          poses: {
            head: poses.head.slice(),
            ...(poses.left && { left: poses.left.slice() }),
            ...(poses.right && { right: poses.right.slice() }),
          },
        }
      },
      recordPose(track, pose) {
        if (!engine || get().status === 'ended' || get().status === 'replay') return
        const rows = (poses[track] ??= [])
        const last = rows.at(-1)
        if (last && pose.every((v, i) => Math.abs(v - (last[i + 1] ?? 0)) < POSE_EPSILON)) return
        rows.push([engine.getState().nowMs, ...pose.map((v) => Math.round(v * 1000) / 1000)])
      },
    }
  })
}
