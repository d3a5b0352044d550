export { buildDebrief, type ChartMarker, type Debrief, type DebriefOptions } from './build-debrief.ts'
export { checkRecording, parseRecordingFile, type CheckResult, type ParseResult } from './check-recording.ts'
export { cprSummary, type CprSummary, type Span } from './cpr-summary.ts'
export { type CprTargetKey, type CprTargetRow, type MeasuredCpr } from './cpr-targets.ts'
export { timelineCsv } from './timeline-csv.ts'
export { givenDetail, timelineRows, type RowKind, type TimelineRow } from './timeline-rows.ts'
export { vitalsAt, vitalsWhenActing } from './vitals-at.ts'
export { vitalsSeries, type VitalsSeries } from './vitals-series.ts'
export {
  cohortCsv,
  cohortStats,
  quantile,
  type CohortCriticalItem,
  type CohortHarm,
  type CohortMissed,
  type CohortSession,
  type CohortStats,
} from './cohort.ts'
export {
  compareAttempts,
  type AttemptComparison,
  type CriticalChange,
  type CriticalComparison,
  type ItemRef,
} from './compare-attempts.ts'
export { toCsv } from './csv.ts'
// The views may not import scoring code: they get the one sim-time format from here.
export { formatSimTime } from '../../scoring/index.ts'
export { createReplay, type Replay } from './replay.ts'
