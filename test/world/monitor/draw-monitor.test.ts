import { describe, expect, it } from 'vitest'
import { createMonitorDrawer } from '../../../src/world/monitor/draw-monitor.ts'
import { createMonitorClock } from '../../../src/world/monitor/monitor-clock.ts'
import { COLOURS } from '../../../src/world/monitor/monitor-text.ts'
import { createFakeContext } from './fake-canvas.ts'
import { fakeState, type FakeMonitor } from './fixture.ts'

function drawOnce(f: FakeMonitor, wallMs = 50_000) {
  const fake = createFakeContext()
  const drawer = createMonitorDrawer(fake.ctx, 1024, 640, createMonitorClock())
  drawer.draw(fakeState(f), wallMs)
  return { ...fake, drawer, shown: fake.texts.map((t) => t.text) }
}

describe('monitor screen', () => {
  it('shows each monitored numeric: HR, NIBP with MAP, SpO2 with pulse rate, RR, EtCO2 with kPa, temperature', () => {
    const { shown } = drawOnce({})
    expect(shown).toEqual(expect.arrayContaining(['75', '124', '78', '(93)', '97', '14', '36', '4.8', '36.8']))
    expect(shown).toContain('01:01') // elapsed sim time
  })

  it('shows --- for SpO2 and NIBP without a pulse, the ECG rate still counted', () => {
    const { shown } = drawOnce({ vitals: { rhythm: 'pea', hr: 40, pulse: false, sbp: 60, dbp: 20, spo2: 70 } })
    expect(shown).toContain('40')
    expect(shown.filter((t) => t === '---').length).toBe(4) // SpO2, pulse rate, systolic, diastolic
    expect(shown).not.toContain('60')
    expect(shown).not.toContain('70')
  })

  it('shows --- and a notice for what is not monitored', () => {
    const { shown } = drawOnce({ monitored: ['hr', 'spo2'] })
    expect(shown).toContain('CO2 not connected')
    expect(shown).not.toContain('124')
    expect(shown).not.toContain('36.8')
  })

  it('puts a lethal rhythm alarm in a red box and a vital alarm in a yellow one', () => {
    const { texts, rects } = drawOnce({
      vitals: { rhythm: 'vf', hr: 0, pulse: false, spo2: 80 },
      alarms: ['spo2', 'rhythm'],
    })
    expect(texts.find((t) => t.text === 'VF')?.fill).toBe(COLOURS.onAlarmHigh)
    expect(texts.find((t) => t.text === 'SpO2 LOW')?.fill).toBe(COLOURS.onAlarmMedium)
    expect(rects.filter((r) => r.fill === COLOURS.alarmHigh).length).toBe(2) // message + HR box
    // The rhythm message comes first.
    expect(texts.findIndex((t) => t.text === 'VF')).toBeLessThan(texts.findIndex((t) => t.text === 'SpO2 LOW'))
  })

  it('sweeps the traces while running and freezes them while paused', () => {
    const fake = createFakeContext()
    const drawer = createMonitorDrawer(fake.ctx, 1024, 640, createMonitorClock())
    drawer.draw(fakeState({}), 50_000)
    const first = fake.points.slice()
    fake.clear()
    drawer.draw(fakeState({ status: 'paused' }), 50_500)
    expect(fake.points).toEqual(first)
    expect(fake.texts.map((t) => t.text)).toContain('PAUSED')
    fake.clear()
    drawer.draw(fakeState({}), 50_500)
    expect(fake.points).not.toEqual(first)
  })

  it('says so when no patient is loaded', () => {
    const fake = createFakeContext()
    const drawer = createMonitorDrawer(fake.ctx, 1024, 640, createMonitorClock())
    drawer.draw({ ...fakeState({}), sim: null }, 1000)
    expect(fake.texts.map((t) => t.text)).toContain('No patient connected')
  })
})
