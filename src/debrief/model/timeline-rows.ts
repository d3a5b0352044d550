import { formatAmount, type AlarmId, type Amount, type SimEvent } from '../../engine/index.ts'
import { NUMERIC_VITALS, type Route, type Scenario } from '../../scenario/schema/index.ts'

export type RowKind = 'action' | 'refused' | 'state' | 'alarm' | 'finding' | 'cpr' | 'shock' | 'outcome'

/** One line of the debrief timeline: an event an educator cares about. */
export interface TimelineRow {
  /** The event's seq: links rows to score evidence and to the recording. */
  seq: number
  atMs: number
  kind: RowKind
  label: string
  detail?: string
}

/** A CPR quality change smaller than this (0–1) gets no timeline row of its own; the CPR figures carry the rest. */
const QUALITY_ROW_STEP = 0.1
const actionLabel = (scenario: Scenario, id: string) => scenario.actions[id]?.label ?? id
const stateLabel = (scenario: Scenario, id: string) => scenario.states[id]?.label ?? id

/** "500 mcg IM", "200 J", "IM"; undefined when neither an amount nor a route was given. */
export function givenDetail(amount: Amount | undefined, route: Route | undefined): string | undefined {
  const parts = [amount && formatAmount(amount), route?.toUpperCase()].filter((p): p is string => !!p)
  return parts.length > 0 ? parts.join(' ') : undefined
}

const percent = (quality: number) => `quality ${Math.round(quality * 100)}%`

function alarmWords(alarm: AlarmId, value: number | string): { name: string; value: string } {
  if (alarm === 'rhythm') return { name: 'Rhythm', value: String(value).toUpperCase() }
  const { label, unit } = NUMERIC_VITALS[alarm]
  const name = label.charAt(0).toUpperCase() + label.slice(1)
  return { name, value: unit ? `${value} ${unit}` : String(value) }
}

const row = (e: SimEvent, kind: RowKind, label: string, detail?: string): TimelineRow => ({
  seq: e.seq,
  atMs: e.atMs,
  kind,
  label,
  ...(detail !== undefined && { detail }),
})

/**
 * The rows of an event log, in order. `cprRunning` tracks CPR across events because the engine re-emits
 * `activity.started` when CPR is restarted while running (a quality change, not a new start).
 */
export function timelineRows(scenario: Scenario, events: readonly SimEvent[]): TimelineRow[] {
  const rows: TimelineRow[] = []
  let cprRunning = false
  /** The CPR quality the last CPR row showed (null: none yet in this stretch of CPR). */
  let shownQuality: number | null = null
  for (const e of events) {
    switch (e.type) {
      case 'action.performed': {
        rows.push(row(e, 'action', actionLabel(scenario, e.actionId), givenDetail(e.amount, e.route)))
        break
      }
      case 'action.refused':
        rows.push(row(e, 'refused', actionLabel(scenario, e.actionId), e.reason))
        break
      case 'state.changed': {
        const cause =
          e.cause.kind === 'action'
            ? `after ${actionLabel(scenario, e.cause.actionId)}`
            : scenario.transitions[e.cause.transition]?.note
        rows.push(row(e, 'state', `${stateLabel(scenario, e.from)} → ${stateLabel(scenario, e.to)}`, cause))
        break
      }
      case 'alarm.raised':
      case 'alarm.cleared': {
        const words = alarmWords(e.alarm, e.value)
        const verb = e.type === 'alarm.raised' ? 'raised' : 'cleared'
        rows.push(row(e, 'alarm', `${words.name} alarm ${verb}`, words.value))
        break
      }
      case 'finding.revealed':
        rows.push(row(e, 'finding', e.text, actionLabel(scenario, e.actionId)))
        break
      case 'activity.started':
        if (e.activity !== 'cpr') break
        rows.push(
          row(
            e,
            'cpr',
            cprRunning ? 'CPR quality changed' : 'CPR started',
            e.quality === undefined ? undefined : percent(e.quality),
          ),
        )
        cprRunning = true
        shownQuality = e.quality ?? null
        break
      case 'activity.stopped':
        if (e.activity !== 'cpr') break
        shownQuality = null
        rows.push(row(e, 'cpr', 'CPR stopped', `after ${Math.round(e.durationMs / 1000)} s`))
        cprRunning = false
        break
      case 'cpr.quality-changed':
        // A headset reports every few seconds: the timeline keeps the changes an educator would talk about.
        if (shownQuality !== null && Math.abs(e.quality - shownQuality) < QUALITY_ROW_STEP) break
        shownQuality = e.quality
        rows.push(row(e, 'cpr', 'CPR quality changed', percent(e.quality)))
        break
      case 'defib.shocked':
        rows.push(row(e, 'shock', 'Shock delivered', `${e.energyJ} J, rhythm ${e.rhythm.toUpperCase()}`))
        break
      case 'sim.ended':
        rows.push(row(e, 'outcome', e.outcome.label, e.outcome.success ? 'clinical success' : 'not a clinical success'))
        break
      default:
        break
    }
  }
  return rows
}
