import { gzipSync } from 'node:zlib'
import { createTimeline, type TimedCommand } from '../../src/engine/index.ts'
import { buildDebrief } from '../../src/debrief/model/index.ts'
import type { Scenario } from '../../src/scenario/index.ts'
import type { Recording } from '../../src/store/index.ts'

export interface DebriefFigures {
  recordingBytes: number
  recordingGzipBytes: number
  openMs: number
  scrubMedianMs: number
  scrubMaxMs: number
}

/** A headset's worst case: head and both hands moving in every 10 Hz sample for the whole session. */
function movingPoses(durationMs: number): Recording['poses'] {
  const track = (phase: number) => {
    const rows: number[][] = []
    for (let t = 0; t < durationMs; t += 100) {
      const a = t / 1000 + phase
      const r = (v: number) => Math.round(v * 1000) / 1000
      rows.push([
        t,
        r(Math.sin(a) * 0.3),
        r(1.5 + Math.sin(a * 3) * 0.05),
        r(Math.cos(a) * 0.3),
        r(Math.sin(a / 2) * 0.1),
        r(Math.cos(a / 3) * 0.2),
        0,
        r(0.97),
      ])
    }
    return rows
  }
  return { head: track(0), left: track(1), right: track(2) }
}

/** Size of a 30-minute VR recording, time to open its debrief, and time to scrub to any moment. */
export function measureDebrief(scenario: Scenario, commands: TimedCommand[], durationMs: number): DebriefFigures {
  const recording: Recording = {
    scenarioId: scenario.id,
    scenarioVersion: scenario.version,
    seed: 7,
    commands,
    poses: movingPoses(durationMs),
  }
  const json = JSON.stringify(recording)
  const t0 = performance.now()
  buildDebrief(scenario, recording)
  const openMs = performance.now() - t0

  const timeline = createTimeline(scenario, 7, commands)
  const samples: number[] = []
  for (let i = 0; i < 200; i++) {
    const at = Math.floor(((((i * 7919) % 1000) / 1000) * timeline.endMs) / 100) * 100
    const s = performance.now()
    timeline.stateAt(at)
    samples.push(performance.now() - s)
  }
  samples.sort((a, b) => a - b)
  return {
    recordingBytes: json.length,
    recordingGzipBytes: gzipSync(json).length,
    openMs,
    scrubMedianMs: samples[Math.floor(samples.length / 2)] ?? 0,
    scrubMaxMs: samples.at(-1) ?? 0,
  }
}
