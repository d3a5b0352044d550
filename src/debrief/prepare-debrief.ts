import type { Scenario } from '../scenario/schema/index.ts'
import type { Recording } from '../store/index.ts'
import type { DebriefCatalog } from './DebriefApp.tsx'
import { buildDebrief, checkRecording, parseRecordingFile } from './model/index.ts'
import type { Debrief } from './model/index.ts'

export interface Prepared {
  debrief: Debrief
  scenario: Scenario
  recording: Recording
  savedAt: string | null
}

/** A recording (from the LRS or a file) checked against the scene file it names, then rebuilt. */
export function prepareDebrief(json: unknown, catalog: DebriefCatalog): Prepared | { error: string } {
  const parsed = parseRecordingFile(json)
  if (!parsed.ok) return { error: `This is not a Resus recording: ${parsed.message}` }
  const { recording } = parsed
  const scenario = catalog.scenarios.find((s) => s.id === recording.scenarioId)
  if (!scenario) return { error: `The recording is of “${recording.scenarioId}”, which this Resus does not have.` }
  const check = checkRecording(recording, scenario, catalog.hashes[scenario.id])
  if (!check.ok) return { error: check.message }
  const savedAt =
    typeof (json as { savedAt?: unknown }).savedAt === 'string' ? (json as { savedAt: string }).savedAt : null
  return { debrief: buildDebrief(scenario, recording), scenario, recording, savedAt }
}
