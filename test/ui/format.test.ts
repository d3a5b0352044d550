import { describe, expect, it } from 'vitest'
import type { SimEvent } from '../../src/engine/types.ts'
import { formatClock } from '../../src/ui/format.ts'
import { feedbackFor, findingTitle, formatGiven, refusalText } from '../../src/ui/hud/feedback.ts'
import { describeMeasurement, listMeasurements } from '../../src/ui/hud/measurements.ts'
import { loadScene } from '../scenes/load-scenes.ts'

let seq = 0
const measured = (atMs: number, vital: string, value: number | string | boolean | null) =>
  ({ type: 'vital.measured', seq: seq++, atMs, actionId: 'x', vital, value }) as SimEvent

describe('clock', () => {
  it('shows sim time as mm:ss, minutes counting past an hour', () => {
    expect(formatClock(0)).toBe('00:00')
    expect(formatClock(999)).toBe('00:00')
    expect(formatClock(72_000)).toBe('01:12')
    expect(formatClock(59 * 60_000 + 59_999)).toBe('59:59')
    expect(formatClock(61 * 60_000 + 5_000)).toBe('61:05')
    expect(formatClock(-5)).toBe('00:00')
  })
})

describe('measurements', () => {
  it('reads like a clinician says them, with units and no reading for null', () => {
    expect(describeMeasurement({ vital: 'glucose', value: 2.1 })).toBe('Glucose 2.1 mmol/L')
    expect(describeMeasurement({ vital: 'glucose', value: 6 })).toBe('Glucose 6.0 mmol/L')
    expect(describeMeasurement({ vital: 'spo2', value: 88 })).toBe('SpO2 88%')
    expect(describeMeasurement({ vital: 'spo2', value: null })).toBe('SpO2: no reading')
    expect(describeMeasurement({ vital: 'hr', value: 131.6 })).toBe('Heart rate 132 /min')
    expect(describeMeasurement({ vital: 'temp', value: 36.55 })).toBe('Temperature 36.5°C')
    expect(describeMeasurement({ vital: 'gcs', value: 3 })).toBe('GCS 3')
    expect(describeMeasurement({ vital: 'pulse', value: false })).toBe('Pulse: absent')
    expect(describeMeasurement({ vital: 'pulse', value: true })).toBe('Pulse: present')
    expect(describeMeasurement({ vital: 'rhythm', value: 'vf' })).toBe('Rhythm: Ventricular fibrillation')
  })

  it('lists readings newest first and reads a cuff as one blood pressure', () => {
    const events = [
      measured(1000, 'glucose', 2.1),
      { type: 'action.performed', seq: seq++, atMs: 5000 } as SimEvent,
      measured(5000, 'hr', 120),
      measured(5000, 'sbp', 92.4),
      measured(5000, 'dbp', 55),
      measured(9000, 'sbp', null),
      measured(9000, 'dbp', null),
    ]
    expect(listMeasurements(events).map((m) => [m.atMs, m.text])).toEqual([
      [9000, 'Blood pressure: no reading'],
      [5000, 'Blood pressure 92/55 mmHg'],
      [5000, 'Heart rate 120 /min'],
      [1000, 'Glucose 2.1 mmol/L'],
    ])
  })
})

describe('feedback after an action', () => {
  const scenario = loadScene('anaphylaxis-adult.yaml')

  it('writes what was given as a drug chart would', () => {
    expect(formatGiven({ value: 0.5, unit: 'mg' }, 'im')).toBe('0.5 mg IM')
    expect(formatGiven({ value: 0.1 + 0.2, unit: 'mg' }, undefined)).toBe('0.3 mg')
    expect(formatGiven(undefined, 'iv')).toBe('IV')
    expect(formatGiven(undefined, undefined)).toBe('')
    expect(findingTitle('ecg')).toBe('ECG')
    expect(findingTitle('skin-and-abdomen')).toBe('Skin and abdomen')
  })

  it('announces refusals with their reason and what examination found, not routine successes', () => {
    const events = [
      { type: 'action.refused', seq: 1, atMs: 0, actionId: 'adrenaline', reason: 'choose a route for Adrenaline' },
      {
        type: 'action.performed',
        seq: 2,
        atMs: 0,
        actionId: 'adrenaline',
        kind: 'drug',
        amount: { value: 0.5, unit: 'mg' },
        route: 'im',
      },
      { type: 'finding.revealed', seq: 3, atMs: 0, actionId: 'assess-airway', key: 'airway', text: 'Patent.' },
      measured(0, 'glucose', 5.2),
    ] as SimEvent[]
    expect(feedbackFor(events, scenario)).toEqual([
      {
        tone: 'refused',
        text: 'Not done: Adrenaline (epinephrine). Choose a route for Adrenaline.',
        announce: true,
      },
      { tone: 'done', text: 'Done: Adrenaline (epinephrine) 0.5 mg IM', announce: false },
      { tone: 'finding', text: 'Airway: Patent.', announce: true },
      { tone: 'measured', text: 'Glucose 5.2 mmol/L', announce: true },
    ])
    expect(feedbackFor([{ type: 'sim.paused', seq: 9, atMs: 0 } as SimEvent], scenario)).toEqual([])
  })

  it('names the refused action once, and ends the reason as a sentence', () => {
    expect(refusalText('Deliver shock', 'the defibrillator is not charged')).toBe(
      'Not done: Deliver shock. The defibrillator is not charged.',
    )
    expect(refusalText('Attach pads', 'Attach pads has already been done')).toBe(
      'Not done: Attach pads has already been done.',
    )
  })
})
