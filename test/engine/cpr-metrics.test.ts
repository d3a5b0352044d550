import { describe, expect, it } from 'vitest'
import { CPR_METRIC_KEYS, createEngine, createTimeline, replay } from '../../src/engine/index.ts'
import type { CprMetrics, SimEvent, TimedCommand } from '../../src/engine/index.ts'
import { constant, drive, randomFrames } from './drive.ts'
import { engineFixture } from './fixture.ts'

const scenario = engineFixture({ end: { timeLimitS: 3600, conditions: {} } })
const metrics = (over: Partial<CprMetrics> = {}): CprMetrics => ({
  ratePerMin: 112,
  depthMm: 54,
  recoilFraction: 0.95,
  longestPauseS: 3.2,
  compressionFraction: 0.9,
  compressions: 18,
  windowS: 10,
  ...over,
})
const qualityEvents = (events: readonly SimEvent[]) => events.filter((e) => e.type === 'cpr.quality-changed')

const withCpr = () => {
  const engine = createEngine(scenario, { seed: 3, maxAdvanceMs: Infinity })
  engine.advance(240_000)
  engine.dispatch({ type: 'action.perform', actionId: 'cpr-start' })
  return engine
}

describe('cpr.quality with measured metrics', () => {
  it('echoes a copy of the metrics on cpr.quality-changed, with the clamped quality', () => {
    const engine = withCpr()
    const sent = metrics()
    const [event] = engine.dispatch({ type: 'cpr.quality', quality: 1.3, metrics: sent })
    expect(event).toMatchObject({ type: 'cpr.quality-changed', quality: 1, metrics: metrics() })
    // The caller may reuse its object frame after frame: the log keeps what was measured then.
    sent.ratePerMin = 60
    expect(qualityEvents(engine.getEvents())[0]).toMatchObject({ metrics: { ratePerMin: 112 } })
    expect(engine.getState().active['cpr']?.quality).toBe(1)
  })

  it('knows every field of CprMetrics', () => {
    expect(Object.keys(metrics()).sort()).toEqual([...CPR_METRIC_KEYS].sort())
  })

  it('keeps only the known fields, and works without metrics as before', () => {
    const engine = withCpr()
    const extra = { ...metrics(), secret: 'x' } as CprMetrics
    const [withExtra] = engine.dispatch({ type: 'cpr.quality', quality: 0.7, metrics: extra })
    expect(withExtra).toMatchObject({ metrics: metrics() })
    expect(withExtra && 'metrics' in withExtra && Object.keys(withExtra.metrics ?? {})).not.toContain('secret')
    const [plain] = engine.dispatch({ type: 'cpr.quality', quality: 0.6 })
    expect(plain).toEqual({ type: 'cpr.quality-changed', quality: 0.6, seq: plain?.seq, atMs: plain?.atMs })
  })

  it.each([
    ['a negative rate', metrics({ ratePerMin: -1 })],
    ['a fraction above 1', metrics({ recoilFraction: 1.2 })],
    ['a NaN depth', metrics({ depthMm: NaN })],
    ['an infinite pause', metrics({ longestPauseS: Infinity })],
    ['a fractional count', metrics({ compressions: 2.5 })],
  ])('ignores a command with %s, leaving the quality as it was', (_, bad) => {
    const engine = withCpr()
    const before = engine.getState().active['cpr']?.quality
    expect(engine.dispatch({ type: 'cpr.quality', quality: 0.9, metrics: bad })).toMatchObject([
      { type: 'command.ignored', command: 'cpr.quality', reason: expect.stringMatching(/CPR metrics/) },
    ])
    expect(engine.getState().active['cpr']?.quality).toBe(before)
  })

  it('ignores a quality that is not a number', () => {
    const engine = withCpr()
    expect(engine.dispatch({ type: 'cpr.quality', quality: NaN })).toMatchObject([
      { type: 'command.ignored', reason: 'the CPR quality is not a number' },
    ])
  })
})

describe('metrics in recordings', () => {
  const commands: TimedCommand[] = [
    { atMs: 240_000, command: { type: 'action.perform', actionId: 'cpr-start', quality: 0.4 } },
    { atMs: 242_000, command: { type: 'cpr.quality', quality: 0.85, metrics: metrics() } },
    {
      atMs: 244_000,
      command: { type: 'cpr.quality', quality: 0.3, metrics: metrics({ ratePerMin: 70, longestPauseS: 12 }) },
    },
    { atMs: 250_000, command: { type: 'action.perform', actionId: 'cpr-stop' } },
  ]
  const untilMs = 300_000

  it('frame chunking, replay, the debrief timeline and a JSON round trip give the same log', () => {
    const steps = drive(createEngine(scenario, { seed: 8 }), commands, constant(100), untilMs)
    const random = drive(createEngine(scenario, { seed: 8 }), commands, randomFrames(2), untilMs)
    const fromJson = JSON.parse(JSON.stringify(commands)) as TimedCommand[]
    expect(random.events).toEqual(steps.events)
    expect(replay(scenario, 8, fromJson, { untilMs }).events).toEqual(steps.events)
    expect(createTimeline(scenario, 8, fromJson, { untilMs }).events).toEqual(steps.events)
    expect(qualityEvents(steps.events).map((e) => 'metrics' in e && e.metrics?.ratePerMin)).toEqual([112, 70])
  })
})
