import { describe, expect, it } from 'vitest'
import type { ScoreItem, ScoreReport } from '../../src/scoring/types.ts'
import { createSimStore } from '../../src/store/index.ts'
import { createRecordingFile, recordingFileName } from '../../src/ui/results/recording-file.ts'
import { failReasons, percent, pointsText, statusOf } from '../../src/ui/results/summary.ts'
import { loadScene } from '../scenes/load-scenes.ts'

const item = (fields: Partial<ScoreItem>): ScoreItem => ({
  id: 'x',
  label: 'X',
  class: 'critical',
  points: 3,
  awarded: 3,
  met: true,
  applicable: true,
  rule: '',
  evidence: [],
  decidedAtMs: null,
  reason: '',
  ref: [],
  ...fields,
})

describe('results summary', () => {
  it('shows points earned, deducted or not counted', () => {
    expect(pointsText(item({}))).toBe('3 of 3 points')
    expect(pointsText(item({ awarded: 0, met: false, points: 1 }))).toBe('0 of 1 point')
    expect(pointsText(item({ class: 'harmful', awarded: -5, met: false, points: 5 }))).toBe('−5 points')
    expect(pointsText(item({ class: 'unnecessary', awarded: 0 }))).toBe('No deduction')
    expect(pointsText(item({ applicable: false, awarded: 0 }))).toBe('Not counted')
    expect(statusOf(item({ applicable: false }))).toBe('na')
    expect(statusOf(item({ met: false }))).toBe('not-met')
  })

  it('explains a fail: critical items missed, critical harm, score under mastery', () => {
    const report = {
      items: [item({ id: 'adr', label: 'IM adrenaline' }), item({ id: 'iv-adr', label: 'IV bolus' })],
      criticalMissed: ['adr'],
      criticalHarm: ['iv-adr'],
      scaled: 0.4,
      masteryScore: 0.8,
    } as unknown as ScoreReport
    expect(failReasons(report)).toEqual([
      'Critical items not met: IM adrenaline.',
      'Critical harm: IV bolus.',
      'Score 40 % is below the mastery score of 80 %.',
    ])
    expect(failReasons({ ...report, criticalMissed: [], criticalHarm: [], scaled: 0.8 })).toEqual([])
    expect(percent(0.8567)).toBe('86 %')
  })
})

describe('recording download', () => {
  it('is named after the scenario and the local date', () => {
    expect(recordingFileName('vf-arrest-adult', new Date(2025, 0, 9, 23, 59))).toBe(
      'resus-vf-arrest-adult-2025-01-09.json',
    )
  })

  it('holds the recording, the scenario version and the report: enough to replay and debrief', () => {
    const scenario = loadScene('anaphylaxis-adult.yaml')
    const store = createSimStore({ nextSeed: () => 42 })
    store.getState().load(scenario)
    store.getState().start()
    store.getState().advance(800)
    store.getState().perform({ type: 'action.perform', actionId: 'assess-airway' })
    const recording = store.getState().getRecording()
    if (!recording) throw new Error('no recording')
    const file = createRecordingFile(scenario, recording, null, new Date(Date.UTC(2025, 4, 1, 12)))
    const parsed = JSON.parse(JSON.stringify(file)) as typeof file
    expect(parsed).toMatchObject({
      format: 'resus-recording',
      savedAt: '2025-05-01T12:00:00.000Z',
      scenario: { id: scenario.id, version: scenario.version, title: scenario.title },
      recording: { scenarioId: scenario.id, scenarioVersion: scenario.version, seed: 42 },
      report: null,
    })
    expect(parsed.recording.commands).toEqual([
      { atMs: 800, command: { type: 'action.perform', actionId: 'assess-airway' } },
    ])
  })
})
