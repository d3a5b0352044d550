import type { Scenario } from '../../../src/scenario/index.ts'
import type { Recording } from '../../../src/store/sim-store.ts'
import { runs as anaphylaxisRuns } from '../../scenes/anaphylaxis-adult.runs.ts'
import { loadScene } from '../../scenes/load-scenes.ts'
import type { ScriptedRun } from '../../scenes/scripted-run.ts'
import { runs as vfRuns } from '../../scenes/vf-arrest-adult.runs.ts'

export const SEED = 42
export const anaphylaxis: Scenario = loadScene('anaphylaxis-adult.yaml')
export const vfArrest: Scenario = loadScene('vf-arrest-adult.yaml')

const expertOf = (runs: ScriptedRun[]): ScriptedRun => {
  const run = runs.find((r) => r.name.startsWith('expert:'))
  if (!run) throw new Error('no expert run')
  return run
}
export const anaphylaxisExpert = expertOf(anaphylaxisRuns)
export const vfExpert = expertOf(vfRuns)

/** A recording as the store makes it, from a scripted run. */
export const recordingOf = (scenario: Scenario, run: ScriptedRun, seed = SEED): Recording => ({
  scenarioId: scenario.id,
  scenarioVersion: scenario.version,
  seed,
  commands: run.commands,
  poses: { head: [] },
})
