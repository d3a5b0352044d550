import { describe, expect, it } from 'vitest'
import { createReplay } from '../../../src/debrief/model/replay.ts'
import type { Recording } from '../../../src/store/index.ts'
import { loadScene } from '../../scenes/load-scenes.ts'

const scenario = loadScene('vf-arrest-adult.yaml')
const pose = (t: number, x: number) => [t, x, 1.6, 0, 0, 0, 0, 1]

describe('replay poses', () => {
  const recording: Recording = {
    scenarioId: scenario.id,
    scenarioVersion: scenario.version,
    seed: 1,
    commands: [],
    poses: { head: [pose(0, 0), pose(1000, 1)], left: [pose(500, -0.2)], right: [pose(200, 0.2), pose(900, 0.3)] },
  }
  const replay = createReplay(scenario, recording)

  it('gives the head and each hand as last sampled at or before the moment', () => {
    expect(replay.headAt(999)?.[0]).toBe(0)
    expect(replay.headAt(1000)?.[0]).toBe(1)
    expect(replay.handAt('left', 499)).toBeNull()
    expect(replay.handAt('left', 600)?.[0]).toBe(-0.2)
    expect(replay.handAt('right', 950)?.[0]).toBe(0.3)
  })

  it('a desktop recording (head only) has no hands', () => {
    const desktop = createReplay(scenario, { ...recording, poses: { head: recording.poses.head } })
    expect(desktop.handAt('left', 5000)).toBeNull()
    expect(desktop.handAt('right', 5000)).toBeNull()
  })
})
