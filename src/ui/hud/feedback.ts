import type { Amount, SimEvent } from '../../engine/types.ts'
import type { Route, Scenario } from '../../scenario/schema/index.ts'
import { formatClock } from '../format.ts'
import { listMeasurements } from './measurements.ts'

export type FeedbackTone = 'done' | 'refused' | 'finding' | 'measured' | 'ended' | 'notice'

export interface FeedbackLine {
  tone: FeedbackTone
  text: string
  /** Announced to screen readers (refusals and what the learner found out); the rest is only shown. */
  announce: boolean
}

/** "500 mcg IM" — what the learner chose, as a drug chart would write it. */
export function formatGiven(amount: Amount | undefined, route: Route | undefined): string {
  const parts: string[] = []
  if (amount) parts.push(`${formatNumber(amount.value)} ${amount.unit}`)
  if (route) parts.push(route.toUpperCase())
  return parts.join(' ')
}

/** Up to 4 significant decimals, no float noise (0.1 + 0.2), no exponent for small doses. */
const formatNumber = (value: number) => String(Number(value.toFixed(4)))

export const findingTitle = (key: string) =>
  key
    .split('-')
    .map((w, i) => (ACRONYMS.has(w) ? w.toUpperCase() : i === 0 ? w.charAt(0).toUpperCase() + w.slice(1) : w))
    .join(' ')
const ACRONYMS = new Set(['ecg', 'gcs', 'avpu', 'bp', 'spo2', 'etco2', 'cpr', 'iv', 'io'])

/** The engine's reasons are fragments ("choose a route for …"): capitalise and end them. */
export const asSentence = (text: string) => {
  const capital = text.charAt(0).toUpperCase() + text.slice(1)
  return /[.!?]$/.test(capital) ? capital : `${capital}.`
}

/** "Not done: <action>. <Reason>." — without naming the action twice when the reason already does. */
export const refusalText = (label: string, reason: string) =>
  reason.includes(label) ? `Not done: ${asSentence(reason)}` : `Not done: ${label}. ${asSentence(reason)}`

const actionLabel = (scenario: Scenario | null, id: string) => scenario?.actions[id]?.label ?? id

/** What the learner should see (and hear) after a batch of new events, in order. */
export function feedbackFor(events: readonly SimEvent[], scenario: Scenario | null): FeedbackLine[] {
  const lines: FeedbackLine[] = []
  for (const e of events) {
    if (e.type === 'action.performed') {
      const given = formatGiven(e.amount, e.route)
      lines.push({
        tone: 'done',
        text: `Done: ${actionLabel(scenario, e.actionId)}${given ? ` ${given}` : ''}`,
        announce: false,
      })
    } else if (e.type === 'action.refused') {
      lines.push({ tone: 'refused', text: refusalText(actionLabel(scenario, e.actionId), e.reason), announce: true })
    } else if (e.type === 'finding.revealed') {
      lines.push({ tone: 'finding', text: `${findingTitle(e.key)}: ${e.text}`, announce: true })
    } else if (e.type === 'sim.ended') {
      lines.push({
        tone: 'ended',
        text: `Scenario ended at ${formatClock(e.atMs)}: ${e.outcome.label}`,
        announce: true,
      })
    }
  }
  // Measurements read best as one line per reading (a cuff's two numbers as one blood pressure).
  for (const m of listMeasurements(events).reverse()) lines.push({ tone: 'measured', text: m.text, announce: true })
  return lines
}
