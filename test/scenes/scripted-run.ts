import type { TimedCommand } from '../../src/engine/types.ts'

/**
 * A scripted play-through of one scene file: the commands a learner issues at given sim times,
 * and what a clinician expects to happen. Replayed over several seeds by scenes.test.ts.
 */
export interface ScriptedRun {
  name: string
  /** Seeds to replay; the expectation must hold for every one (default [1, 2, 3, 42, 1234]). */
  seeds?: number[]
  /** Sim time at which the replay stops if the scenario has not ended (default: the scene's time limit). */
  untilMs?: number
  commands: TimedCommand[]
  expect: {
    pass: boolean
    /** Outcome id (an `end.conditions` key or `time-limit`); omit to not check. */
    outcome?: string
    /** Rubric item ids that must be NOT met (for harmful/unnecessary items: the harmful thing was done). */
    failedItems?: string[]
    /** Rubric item ids that must be met (and applicable: their situation arose). */
    metItems?: string[]
    /** Rubric item ids whose situation never arose in this run: they count neither way. */
    notApplicableItems?: string[]
  }
}

/** Helper for readable scripts: `at(90, perform('defib-shock'))`. */
export const at = (seconds: number, command: TimedCommand['command']): TimedCommand => ({
  atMs: Math.round(seconds * 10) * 100,
  command,
})
