import type { SimEvent } from '../../src/engine/index.ts'

const mmss = (ms: number) => {
  const s = ms / 1000
  return `${String(Math.floor(s / 60)).padStart(2, '0')}:${(s % 60).toFixed(1).padStart(4, '0')}`
}

/** Vitals as a monitor would show them: enough to see a physiology change in a diff. */
const vitalsText = (v: {
  hr: number
  sbp: number
  dbp: number
  spo2: number
  rr: number
  etco2: number
  rhythm: string
  pulse: boolean
}) =>
  `${v.rhythm}${v.pulse ? '' : ' (no pulse)'} HR ${Math.round(v.hr)} BP ${Math.round(v.sbp)}/${Math.round(v.dbp)} SpO2 ${Math.round(v.spo2)} RR ${Math.round(v.rr)} EtCO2 ${Math.round(v.etco2)}`

/**
 * One readable line per event, for golden files: a change in the engine or a scene shows up as a
 * reviewable diff of what happened when, not as a wall of JSON.
 */
export function goldenLog(events: readonly SimEvent[]): string {
  return events
    .map((e) => {
      const { seq: _seq, atMs, type, ...rest } = e
      let detail: string
      switch (e.type) {
        case 'sim.started':
          detail = `${e.stateId}: ${vitalsText(e.vitals)}`
          break
        case 'state.changed':
          detail = `${e.from} → ${e.to}: ${vitalsText(e.vitals)}`
          break
        case 'sim.ended':
          detail = `${e.outcome.id}: ${vitalsText(e.vitals)}`
          break
        case 'action.performed':
          detail = [e.actionId, e.amount && `${e.amount.value} ${e.amount.unit}`, e.route].filter(Boolean).join(' ')
          break
        default:
          detail = JSON.stringify(rest)
      }
      return `${mmss(atMs)} ${type} ${detail}`
    })
    .join('\n')
    .concat('\n')
}
