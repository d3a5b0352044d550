import type { NumericVital } from '../scenario/schema/index.ts'
import type { Draft } from './draft.ts'
import type { AlarmId } from './types.ts'

const LETHAL_RHYTHMS = new Set(['vf', 'vt', 'asystole'])
/**
 * Like a bedside monitor, an alarm sounds only once its condition has held for a few seconds and
 * clears only once it has been gone as long: monitor noise at a limit must not make it flap.
 * Device behaviour, not clinical content.
 */
export const ALARM_CONFIRM_MS = 5000

/** Without a pulse a cuff and an oximeter give no value to alarm on. */
const NEED_A_PULSE: readonly AlarmId[] = ['sbp', 'dbp', 'spo2']

/**
 * Alarms whose condition holds now: a displayed vital outside its limits, or a lethal rhythm. As on
 * a monitor, the lethal-rhythm alarm supersedes the heart-rate limit alarm.
 */
function breachedNow(d: Draft): AlarmId[] {
  const { s, scenario } = d
  const limits = scenario.monitor.alarms ?? {}
  const lethal = LETHAL_RHYTHMS.has(s.vitals.rhythm)
  const breached: AlarmId[] = []
  for (const vital of s.monitored) {
    const limit = limits[vital]
    if (!limit) continue
    if ((vital === 'hr' && lethal) || (!s.vitals.pulse && NEED_A_PULSE.includes(vital))) continue
    const v = s.vitals[vital]
    if ((limit.low !== undefined && v < limit.low) || (limit.high !== undefined && v > limit.high)) breached.push(vital)
  }
  if (lethal) breached.push('rhythm')
  return breached
}

export function updateAlarms(d: Draft): void {
  const { s } = d
  const breached = breachedNow(d)
  const pendingIds = Object.keys(s.alarmPending) as AlarmId[]
  if (pendingIds.length === 0 && breached.length === s.alarms.length && breached.every((a) => s.alarms.includes(a)))
    return
  const pending: Partial<Record<AlarmId, number>> = {}
  let alarms = s.alarms
  const value = (a: AlarmId) => (a === 'rhythm' ? s.vitals.rhythm : Math.round(s.vitals[a as NumericVital]))
  for (const id of new Set<AlarmId>([...alarms, ...breached, ...pendingIds])) {
    const sounding = alarms.includes(id)
    if (breached.includes(id) === sounding) continue
    const since = s.alarmPending[id] ?? s.nowMs
    if (s.nowMs - since < ALARM_CONFIRM_MS) {
      pending[id] = since
      continue
    }
    alarms = sounding ? alarms.filter((a) => a !== id) : [...alarms, id]
    d.emit({ type: sounding ? 'alarm.cleared' : 'alarm.raised', alarm: id, value: value(id) })
  }
  s.alarmPending = pending
  s.alarms = alarms
}
