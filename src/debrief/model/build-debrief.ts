import { createTimeline } from '../../engine/index.ts'
import type { Scenario } from '../../scenario/schema/index.ts'
import { score, type ScoreReport } from '../../scoring/index.ts'
import type { Recording } from '../../store/sim-store.ts'
import { cprSummary, type CprSummary } from './cpr-summary.ts'
import { givenDetail, timelineRows, type TimelineRow } from './timeline-rows.ts'
import { vitalsSeries, type VitalsSeries } from './vitals-series.ts'

/** An action to draw on the vitals chart. */
export interface ChartMarker {
  atMs: number
  seq: number
  label: string
}

/** Everything the debrief views show about one recorded run. */
export interface Debrief {
  scenario: { id: string; title: string; version: string }
  seed: number
  endMs: number
  rows: TimelineRow[]
  vitals: VitalsSeries
  markers: ChartMarker[]
  report: ScoreReport
  /** Rubric item id → indexes in `rows` of its evidence events (evidence events without a row are left out). */
  itemRows: Record<string, number[]>
  /** The scene's debrief prompts, for the educator's discussion. */
  prompts: string[]
  /** Null when no CPR was performed. */
  cpr: CprSummary | null
}

export interface DebriefOptions {
  /** The LMS's masteryScore, which overrides the scene's (as in the live run). */
  masteryScore?: number
}

/**
 * Re-simulates a recording (check it first with checkRecording) and lays it out for the debrief. The score is
 * recomputed from the replayed events, so it is the live run's report.
 */
export function buildDebrief(scenario: Scenario, recording: Recording, options: DebriefOptions = {}): Debrief {
  const timeline = createTimeline(scenario, recording.seed, recording.commands)
  const scored =
    options.masteryScore === undefined
      ? scenario
      : { ...scenario, rubric: { ...scenario.rubric, masteryScore: options.masteryScore } }
  const report = score(scored, timeline.events)
  const rows = timelineRows(scenario, timeline.events)

  const rowIndex = new Map(rows.map((r, i) => [r.seq, i]))
  const itemRows: Record<string, number[]> = {}
  for (const item of report.items) {
    itemRows[item.id] = item.evidence.flatMap((ev) => {
      const i = rowIndex.get(ev.seq)
      return i === undefined ? [] : [i]
    })
  }

  // Assessments are frequent and change nothing: the chart marks what was done to the patient (and the calls).
  const markers: ChartMarker[] = []
  for (const e of timeline.events) {
    if (e.type !== 'action.performed' || e.kind === 'assessment') continue
    const given = givenDetail(e.amount, e.route)
    const label = scenario.actions[e.actionId]?.label ?? e.actionId
    markers.push({ atMs: e.atMs, seq: e.seq, label: given ? `${label} ${given}` : label })
  }

  return {
    scenario: { id: scenario.id, title: scenario.title, version: scenario.version },
    seed: recording.seed,
    endMs: timeline.endMs,
    rows,
    vitals: vitalsSeries(timeline),
    markers,
    report,
    itemRows,
    prompts: [...scenario.debrief.prompts],
    cpr: cprSummary(timeline.events, timeline.endMs, scenario.cpr),
  }
}
