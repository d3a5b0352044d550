import { describe, expect, it } from 'vitest'
import { CPR_VENTILATION_RATE } from '../../../src/world/monitor/capno.ts'
import { alarmText, createNumerics, readNumerics } from '../../../src/world/monitor/monitor-readout.ts'
import { describeMonitor, numericRows, selectMonitorSummary } from '../../../src/world/monitor/monitor-summary.ts'
import { fakeState } from './fixture.ts'

function must<T>(value: T | null | undefined): T {
  if (value === null || value === undefined) throw new Error('expected a value')
  return value
}

const numerics = (f: Parameters<typeof fakeState>[0]) => readNumerics(fakeState(f).sim, createNumerics())

describe('monitor numerics', () => {
  it('shows the rounded vitals with MAP and temperature in tenths', () => {
    const n = numerics({ vitals: { hr: 74.6, sbp: 120.4, dbp: 80.2, spo2: 96.5, temp: 36.84 } })
    expect(n).toMatchObject({ hr: 75, sys: 120, dia: 80, map: 93, spo2: 97, pulseRate: 75, tempTenths: 368 })
  })

  it('has no SpO2, pulse rate or NIBP reading without a pulse, but still counts the ECG rate', () => {
    const n = numerics({ vitals: { rhythm: 'pea', hr: 38, pulse: false, sbp: 64, dbp: 20, spo2: 80 } })
    expect(n).toMatchObject({ hr: 38, spo2: null, pulseRate: null, sys: null, dia: null, map: null })
    expect(n.spo2On && n.nibpOn).toBe(true)
  })

  it('counts no heart rate in VF and zero in asystole', () => {
    expect(numerics({ vitals: { rhythm: 'vf', hr: 0, pulse: false } }).hr).toBeNull()
    expect(numerics({ vitals: { rhythm: 'asystole', hr: 0, pulse: false } }).hr).toBe(0)
  })

  it('shows only monitored vitals', () => {
    const n = numerics({ monitored: ['hr', 'spo2'] })
    expect(n).toMatchObject({ hrOn: true, spo2On: true, nibpOn: false, sys: null, etco2On: false, etco2: null })
    expect(n).toMatchObject({ rrOn: false, rr: null, tempOn: false, tempTenths: null })
  })

  it('counts ventilations as the respiratory rate during CPR once capnography is on', () => {
    const cpr = { cpr: { actionId: 'cpr-start', sinceMs: 0, quality: 0.8 } }
    const arrest = { rhythm: 'vf', hr: 0, pulse: false, rr: 0, etco2: 17.6 } as const
    expect(numerics({ vitals: arrest, active: cpr })).toMatchObject({ rr: CPR_VENTILATION_RATE, etco2: 18 })
    expect(numerics({ vitals: arrest, active: cpr, monitored: ['hr', 'rr'] }).rr).toBe(0)
  })
})

describe('alarm messages', () => {
  it('names the lethal rhythm and the side of a breached limit', () => {
    const text = (f: Parameters<typeof fakeState>[0], alarm: Parameters<typeof alarmText>[0]) => {
      const s = fakeState(f)
      return alarmText(alarm, s.sim, s.scenario)
    }
    expect(text({ vitals: { rhythm: 'vf' } }, 'rhythm')).toBe('VF')
    expect(text({ vitals: { rhythm: 'asystole' } }, 'rhythm')).toBe('ASYSTOLE')
    expect(text({ vitals: { spo2: 84 } }, 'spo2')).toBe('SpO2 LOW')
    expect(text({ vitals: { hr: 150 } }, 'hr')).toBe('HR HIGH')
    expect(text({ vitals: { hr: 30 } }, 'hr')).toBe('HR LOW')
    expect(text({ vitals: { sbp: 70 } }, 'sbp')).toBe('NBP SYS LOW')
  })
})

describe('monitor summary for the DOM panel', () => {
  it('changes at most once a second of sim time, however the noisy vitals move', () => {
    const base = fakeState({ nowMs: 10_000 })
    const first = selectMonitorSummary(base)
    const noisy = fakeState({ nowMs: 10_700, vitals: { hr: 79 } })
    noisy.sim = { ...noisy.sim, alarms: base.sim.alarms, monitored: base.sim.monitored }
    expect(selectMonitorSummary(noisy)).toBe(first)
    const next = fakeState({ nowMs: 11_000, vitals: { hr: 79 } })
    next.sim = { ...next.sim, alarms: base.sim.alarms, monitored: base.sim.monitored }
    expect(selectMonitorSummary(next)?.numerics.hr).toBe(79)
  })

  it('keeps the same object when a new second shows the same numbers', () => {
    const a = fakeState({ nowMs: 20_000 })
    const first = selectMonitorSummary(a)
    const b = fakeState({ nowMs: 21_000, vitals: { hr: 75.2 } })
    b.sim = { ...b.sim, alarms: a.sim.alarms, monitored: a.sim.monitored }
    expect(selectMonitorSummary(b)).toBe(first)
  })

  it('updates at once when an alarm sounds, most urgent first', () => {
    selectMonitorSummary(fakeState({ nowMs: 30_000 }))
    const alarmed = selectMonitorSummary(
      fakeState({ nowMs: 30_200, vitals: { rhythm: 'vf', pulse: false, spo2: 80 }, alarms: ['spo2', 'rhythm'] }),
    )
    expect(alarmed?.alarms.map((a) => [a.text, a.priority])).toEqual([
      ['VF', 'high'],
      ['SpO2 LOW', 'medium'],
    ])
  })

  it('reads out the numerics and alarms in words for assistive technology', () => {
    const summary = must(
      selectMonitorSummary(
        fakeState({
          nowMs: 40_000,
          vitals: { rhythm: 'vf', hr: 0, pulse: false },
          alarms: ['rhythm'],
          monitored: ['hr', 'spo2', 'sbp', 'dbp'],
        }),
      ),
    )
    const text = describeMonitor(summary)
    expect(text).toContain('Heart rate no reading')
    expect(text).toContain('SpO2 no reading')
    expect(text).toContain('Alarms: VF.')
    expect(text).not.toContain('Temperature')
    const rows = numericRows(summary)
    expect(rows.find((r) => r.id === 'hr')).toMatchObject({ value: '---', alarm: 'high' })
    expect(rows.find((r) => r.id === 'etco2')).toMatchObject({ monitored: false, spoken: 'not monitored' })
  })
})
