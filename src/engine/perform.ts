import { NUMERIC_VITAL_NAMES, SHOCKABLE_RHYTHMS, type Action } from '../scenario/schema/index.ts'
import { effectApplies } from './effect-applies.ts'
import { changeState } from './change-state.ts'
import { conditionContext, type Draft } from './draft.ts'
import { snapshotVitals } from './physiology.ts'
import type { NumericVital } from '../scenario/schema/index.ts'
import type { Activity, PerformCommand, PerformedAction, Vitals } from './types.ts'
import { refusalReason } from './validate-command.ts'

/** Applies `action.perform`: refuse with a reason, or record it and run its handler and effects. */
export function perform(d: Draft, cmd: PerformCommand): void {
  const { s, scenario } = d
  const action = scenario.actions[cmd.actionId]
  const echo = echoOf(cmd)
  if (!action) {
    d.emit({ type: 'action.refused', actionId: cmd.actionId, reason: 'this scenario has no such action', ...echo })
    return
  }
  const reason = refusalReason(d, action, cmd)
  if (reason) {
    d.emit({ type: 'action.refused', actionId: cmd.actionId, reason, ...echo })
    return
  }
  // A shock records the energy it delivers (the charge may have been changed or disarmed before).
  const given =
    action.handler === 'defib-shock' && s.defib.chargedJ !== null
      ? { ...echo, amount: { value: s.defib.chargedJ, unit: 'J' as const } }
      : echo
  const ctx = conditionContext(d)
  d.emit({
    type: 'action.performed',
    actionId: cmd.actionId,
    kind: action.kind,
    ...given,
    context: {
      stateId: ctx.stateId,
      stateEnteredMs: ctx.stateEnteredMs,
      vitals: snapshotVitals(s.vitals),
      active: [...ctx.active],
    },
  })
  const record: PerformedAction = {
    seq: s.nextSeq - 1,
    atMs: s.nowMs,
    actionId: cmd.actionId,
    stateId: s.stateId,
    ...given,
  }
  s.performed = [...s.performed, record]
  runHandler(d, action, cmd, record)
  reveal(d, action, cmd.actionId)
  applyEffects(d, action, record)
}

const echoOf = (cmd: PerformCommand) => ({
  ...(cmd.amount && { amount: cmd.amount }),
  ...(cmd.route && { route: cmd.route }),
})

function runHandler(d: Draft, action: Action, cmd: PerformCommand, record: PerformedAction): void {
  const { s, scenario } = d
  switch (action.handler) {
    case 'cpr-start':
      startActivity(d, 'cpr', {
        actionId: record.actionId,
        sinceMs: s.nowMs,
        quality: cmd.quality ?? scenario.cpr?.assumedQuality ?? 0,
      })
      break
    case 'cpr-stop':
      stopActivity(d, 'cpr', record.actionId)
      break
    case 'ongoing-start':
      if (action.ongoing)
        startActivity(d, action.ongoing, { actionId: record.actionId, sinceMs: s.nowMs, ...echoOf(cmd) })
      break
    case 'ongoing-stop':
      if (action.ongoing) stopActivity(d, action.ongoing, record.actionId)
      break
    case 'defib-pads':
      s.defib = { ...s.defib, padsOn: true }
      d.emit({ type: 'defib.pads-attached' })
      break
    case 'defib-analyse':
      d.emit({ type: 'defib.analysed', rhythm: s.vitals.rhythm, shockable: isShockable(d) })
      break
    case 'defib-charge':
      s.defib = { ...s.defib, chargedJ: cmd.amount?.value ?? 0 }
      d.emit({ type: 'defib.charged', energyJ: s.defib.chargedJ ?? 0 })
      break
    case 'defib-shock':
      d.emit({
        type: 'defib.shocked',
        energyJ: s.defib.chargedJ ?? 0,
        rhythm: s.vitals.rhythm,
        shockable: isShockable(d),
      })
      s.defib = { ...s.defib, chargedJ: null }
      break
    case 'defib-disarm':
      s.defib = { ...s.defib, chargedJ: null }
      d.emit({ type: 'defib.disarmed' })
      break
    case 'vascular-access':
      if (action.access) {
        s.access = { ...s.access, [action.access]: true }
        d.emit({ type: 'access.established', access: action.access })
      }
      break
    case undefined:
      break
  }
}

const isShockable = (d: Draft) => SHOCKABLE_RHYTHMS.includes(d.s.vitals.rhythm) && !d.s.vitals.pulse

function startActivity(d: Draft, id: string, activity: Activity): void {
  const running = d.s.active[id]
  d.s.active = { ...d.s.active, [id]: running ? { ...activity, sinceMs: running.sinceMs } : activity }
  d.emit({
    type: 'activity.started',
    activity: id,
    actionId: activity.actionId,
    ...(activity.amount && { amount: activity.amount }),
    ...(activity.quality !== undefined && { quality: activity.quality }),
  })
}

function stopActivity(d: Draft, id: string, actionId: string): void {
  const running = d.s.active[id]
  if (!running) return
  const { [id]: _stopped, ...rest } = d.s.active
  d.s.active = rest
  d.s.effects = d.s.effects.map((e) => (e.ongoing === id && e.endedAtMs === null ? { ...e, endedAtMs: d.s.nowMs } : e))
  d.emit({ type: 'activity.stopped', activity: id, actionId, durationMs: d.s.nowMs - running.sinceMs })
}

/** Assessments show what the current state holds for each examined finding, and the measured vitals. */
function reveal(d: Draft, action: Action, actionId: string): void {
  const { s, scenario } = d
  for (const key of action.reveals ?? []) {
    const text = scenario.states[s.stateId]?.findings?.[key] ?? scenario.initial.findings[key]
    if (text === undefined) continue
    s.revealed = { ...s.revealed, [key]: { text, atMs: s.nowMs } }
    d.emit({ type: 'finding.revealed', actionId, key, text })
  }
  for (const vital of action.measures ?? []) {
    d.emit({ type: 'vital.measured', actionId, vital, value: measure(s.vitals, vital) })
  }
}

/** Without a pulse a cuff and a pulse oximeter read nothing (null), whatever CPR generates. */
function measure(v: Vitals, vital: NumericVital | 'rhythm' | 'pulse'): number | string | boolean | null {
  if (vital === 'rhythm' || vital === 'pulse') return v[vital]
  if (!v.pulse && NO_READING_WITHOUT_PULSE.includes(vital)) return null
  return vital === 'temp' || vital === 'glucose' ? Math.round(v[vital] * 10) / 10 : Math.round(v[vital])
}
const NO_READING_WITHOUT_PULSE: readonly NumericVital[] = ['sbp', 'dbp', 'spo2']

function applyEffects(d: Draft, action: Action, record: PerformedAction): void {
  const ongoing =
    action.handler === 'ongoing-start' ? (action.ongoing ?? null) : action.handler === 'cpr-start' ? 'cpr' : null
  for (const effect of action.effects ?? []) {
    if (!effectApplies(d.scenario, effect, record, d.s)) continue
    if (effect.monitor) {
      const added = effect.monitor.filter((v) => !d.s.monitored.includes(v))
      if (added.length) {
        d.s.monitored = [...d.s.monitored, ...added]
        d.emit({ type: 'monitor.shown', vitals: added })
      }
    }
    if (effect.vitals) {
      const deltas = Object.fromEntries(
        NUMERIC_VITAL_NAMES.flatMap((n) => (effect.vitals?.[n] !== undefined ? [[n, effect.vitals[n]]] : [])),
      )
      const onsetMs = (effect.onsetS ?? 0) * 1000
      d.s.effects = [
        ...d.s.effects,
        {
          sourceSeq: record.seq,
          actionId: record.actionId,
          startMs: d.s.nowMs,
          deltas,
          onsetMs,
          peakMs: Math.max(onsetMs, (effect.peakS ?? effect.onsetS ?? 0) * 1000),
          durationMs: effect.durationS !== undefined ? effect.durationS * 1000 : null,
          waneMs: (effect.waneS ?? 60) * 1000,
          ongoing,
          endedAtMs: null,
        },
      ]
      d.emit({ type: 'effect.started', actionId: record.actionId, deltas })
    }
    if (effect.toState) changeState(d, effect.toState, { kind: 'action', actionId: record.actionId, seq: record.seq })
  }
}
