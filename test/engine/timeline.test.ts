import { describe, expect, it } from 'vitest'
import { createTimeline, replay } from '../../src/engine/index.ts'
import { runs as anaphylaxis } from '../scenes/anaphylaxis-adult.runs.ts'
import { loadScene } from '../scenes/load-scenes.ts'
import { runs as vf } from '../scenes/vf-arrest-adult.runs.ts'

const cases = [
  { file: 'anaphylaxis-adult.yaml', run: anaphylaxis[0] },
  { file: 'vf-arrest-adult.yaml', run: vf[0] },
]

describe('createTimeline', () => {
  for (const { file, run } of cases) {
    if (!run) throw new Error(`no expert run for ${file}`)
    const scenario = loadScene(file)
    const recorded = replay(scenario, 42, run.commands)
    const timeline = createTimeline(scenario, 42, run.commands, { checkpointMs: 2000 })

    it(`${file}: gives the event log of replay`, () => {
      expect(timeline.events).toEqual(recorded.events)
      expect(timeline.endMs).toBe(recorded.state.nowMs)
      expect(timeline.stateAt(timeline.endMs)).toEqual(recorded.state)
    })

    it(`${file}: any moment equals a replay stopped there, whatever the checkpoint spacing`, () => {
      const coarse = createTimeline(scenario, 42, run.commands, { checkpointMs: 30_000 })
      const moments = [0, 100, 1900, 2000, 2100, 40_000, 40_100, 61_300, Math.floor(timeline.endMs / 2 / 100) * 100]
      for (const atMs of moments) {
        const expected = replay(scenario, 42, run.commands, { untilMs: atMs }).state
        expect(timeline.stateAt(atMs)).toEqual(expected)
        expect(coarse.stateAt(atMs)).toEqual(expected)
      }
    })
  }

  it('clamps to the run: before the start is the start, after the end is the end', () => {
    const scenario = loadScene('anaphylaxis-adult.yaml')
    const run = anaphylaxis[0]
    const timeline = createTimeline(scenario, 1, run?.commands ?? [])
    expect(timeline.stateAt(-5000).nowMs).toBe(0)
    expect(timeline.stateAt(timeline.endMs + 60_000)).toBe(timeline.stateAt(timeline.endMs))
  })
})
