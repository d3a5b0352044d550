import type { SimEvent } from '../../engine/types.ts'
import type { Scenario } from '../../scenario/schema/index.ts'
import type { SimStatus } from '../../store/index.ts'
import { formatClock } from '../../ui/format.ts'
import { asSentence, feedbackFor, formatGiven } from '../../ui/hud/feedback.ts'
import type { RunningActivity } from '../../ui/hud/selectors.ts'
import { BODY_TOP_PX, GAP_PX, LINE_PX, PADDING_PX, PANEL_WIDTH_PX, bodyLines, layoutGrid } from './panel-model.ts'
import type { PanelModel } from './panel-model.ts'

export interface StatusPanelInput {
  /** Whole sim seconds (`selectElapsedS`). */
  elapsedS: number
  status: SimStatus
  /** The learner's actions, performed and refused, oldest first (`selectActionLog`). */
  log: readonly SimEvent[]
  scenario: Pick<Scenario, 'actions'> | null
  /** Ongoing care (`selectRunning`). */
  running: readonly RunningActivity[]
  /** The latest feedback (see latestFeedback), newest last. */
  feedback: readonly string[]
  /** Seated mode is on now. */
  seated: boolean
  /**
   * Display name of an activity ("Chest compressions"): pass the desktop's `activityName` (it lives in
   * ui/hud/Running.tsx, a React module this pure one does not import). Default: the id, capitalised.
   */
  activityName?: (id: string) => string
}

const plainName = (id: string) => id.charAt(0).toUpperCase() + id.slice(1).replace(/-/g, ' ')

const STATUS_WORDS: Record<SimStatus, string> = {
  idle: 'Not started',
  ready: 'Ready',
  running: 'Running',
  paused: 'Paused',
  ended: 'Ended',
  replay: 'Replay',
}

export const LOG_LINES = 4
const FEEDBACK_LINES = 3

/** One action-log entry worded as the desktop action log words it. */
export function describeLogEntry(event: SimEvent, scenario: Pick<Scenario, 'actions'> | null): string | null {
  if (event.type !== 'action.performed' && event.type !== 'action.refused') return null
  const label = scenario?.actions[event.actionId]?.label ?? event.actionId
  const given = formatGiven(event.amount, event.route)
  const what = `${label}${given ? ` · ${given}` : ''}`
  const time = formatClock(event.atMs)
  if (event.type === 'action.performed') return `${time} ${what}`
  if (event.reason.includes(label)) return `${time} Not done: ${asSentence(event.reason)}`
  return `${time} Not done: ${what}. ${asSentence(event.reason)}`
}

/**
 * What the learner found out from their latest action (findings, readings, a refusal's reason, the end
 * of the scenario): the desktop's feedback toast for the events since the latest action, minus the
 * "Done:" line that the action log already shows.
 */
export function latestFeedback(events: readonly SimEvent[], scenario: Scenario | null): string[] {
  let from = events.length
  while (from > 0) {
    const type = events[from - 1]?.type
    from--
    if (type === 'action.performed' || type === 'action.refused') break
  }
  return feedbackFor(events.slice(from), scenario)
    .filter((line) => line.tone !== 'done')
    .map((line) => line.text)
}

/** The floating status panel: clock and run state, the last actions, what runs, feedback and controls. */
export function statusPanelModel(input: StatusPanelInput): PanelModel {
  const widthPx = PANEL_WIDTH_PX
  const inner = widthPx - 2 * PADDING_PX
  const recent = input.log
    .slice(-LOG_LINES)
    .reverse()
    .flatMap((e) => describeLogEntry(e, input.scenario) ?? [])
  const logLines = recent.length > 0 ? recent : ['Nothing done yet.']
  while (logLines.length < LOG_LINES) logLines.push('')
  const activityName = input.activityName ?? plainName
  const running = input.running.map((a) => {
    const given = formatGiven(a.amount, a.route)
    return `${activityName(a.id)}${given ? ` ${given}` : ''} since ${formatClock(a.sinceMs)}`
  })
  // One line each; the drawer cuts what is too wide with "…" (the feedback lines below carry the details).
  const runningLine = running.length > 0 ? `Running: ${running.join('; ')}` : 'Nothing running.'
  // Fixed line count, so the panel keeps its size and its buttons stay where the hand expects them.
  // The results (score, rubric, guideline links) are a page to read, not a panel: send the learner there.
  const said =
    input.status === 'ended'
      ? [...input.feedback, 'The scenario has ended: exit VR to see your results.']
      : input.feedback
  const feedback = bodyLines(said.slice(-FEEDBACK_LINES), widthPx, {
    minLines: FEEDBACK_LINES,
    maxLines: FEEDBACK_LINES,
  })
  const lines = [...logLines, runningLine, ...feedback.lines]
  const top = BODY_TOP_PX + lines.length * LINE_PX + GAP_PX

  const canPause = input.status === 'running' || input.status === 'paused'
  const grid = layoutGrid(
    [
      { id: 'actions', label: 'Actions', tone: 'primary' },
      { id: 'pause', label: input.status === 'paused' ? 'Resume' : 'Pause', ...(!canPause && { disabled: true }) },
      { id: 'recentre', label: 'Recentre' },
      // Says what pressing does: the mode it switches to.
      { id: 'seated', label: input.seated ? 'Switch to standing' : 'Switch to seated' },
      null,
      { id: 'exit', label: 'Exit VR', tone: 'danger' },
    ],
    { x: PADDING_PX, y: top, width: inner, columns: 2 },
  )
  return {
    widthPx,
    heightPx: grid.bottom + PADDING_PX,
    title: `${formatClock(input.elapsedS * 1000)} · ${STATUS_WORDS[input.status]}`,
    lines,
    buttons: grid.buttons,
  }
}
