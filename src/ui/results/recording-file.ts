import type { Scenario } from '../../scenario/schema/index.ts'
import type { ScoreReport } from '../../scoring/types.ts'
import type { Recording } from '../../store/index.ts'

/** What "Download recording" saves: enough for the debrief to replay and explain the run. */
export interface RecordingFile {
  format: 'resus-recording'
  formatVersion: 1
  savedAt: string
  scenario: { id: string; version: string; title: string }
  recording: Recording
  report: ScoreReport | null
}

const pad = (n: number) => String(n).padStart(2, '0')

/** `resus-<scenarioId>-<YYYY-MM-DD>.json`, in the learner's local date. */
export function recordingFileName(scenarioId: string, date: Date): string {
  return `resus-${scenarioId}-${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}.json`
}

export function createRecordingFile(
  scenario: Pick<Scenario, 'id' | 'version' | 'title'>,
  recording: Recording,
  report: ScoreReport | null,
  savedAt: Date,
): RecordingFile {
  return {
    format: 'resus-recording',
    formatVersion: 1,
    savedAt: savedAt.toISOString(),
    scenario: { id: scenario.id, version: scenario.version, title: scenario.title },
    recording,
    report,
  }
}

/** Saves JSON through a temporary object URL (no server round trip). */
export const downloadJson = (fileName: string, data: unknown): void =>
  downloadText(fileName, 'application/json', JSON.stringify(data, null, 2))

/** Saves text (JSON, CSV) as a file through a temporary object URL. */
export function downloadText(fileName: string, type: string, text: string): void {
  const blob = new Blob([text], { type })
  const url = URL.createObjectURL(blob)
  const link = document.createElement('a')
  link.href = url
  link.download = fileName
  document.body.append(link)
  link.click()
  link.remove()
  // Revoke after the click has been handled, or some browsers cancel the download.
  window.setTimeout(() => URL.revokeObjectURL(url), 1000)
}
