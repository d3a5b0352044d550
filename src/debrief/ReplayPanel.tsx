import { useEffect, useMemo, useRef, useState } from 'react'
import type { Scenario } from '../scenario/schema/index.ts'
import type { Recording } from '../store/index.ts'
import { simStore } from '../store/index.ts'
import { navigate } from '../ui/use-location.ts'
import { SceneView } from '../ui/play/SceneView.tsx'
import { formatSimTime } from './format.ts'
import { createReplay } from './model/index.ts'

const SPEEDS = [1, 4, 16] as const
const ignore = () => undefined

/**
 * The 3D replay: the room, the patient and the monitor as they were at any moment, re-simulated from
 * the recording, with the learner's head as a ghost. Play at 1×, 4× or 16×, pause, scrub, or jump from
 * the timeline.
 */
export function ReplayPanel({
  scenario,
  recording,
  seekMs,
  attempt,
}: {
  scenario: Scenario
  recording: Recording
  /** Names this attempt for a "try from here" run started from it (e.g. its LRS registration). */
  attempt: string
  /** Set by the timeline: jump here (a new object each time, so the same moment can be chosen twice). */
  seekMs: { atMs: number } | null
}) {
  const replay = useMemo(() => createReplay(scenario, recording), [scenario, recording])
  const [atMs, setAtMs] = useState(0)
  const [playing, setPlaying] = useState(false)
  const [speed, setSpeed] = useState<(typeof SPEEDS)[number]>(4)
  const at = useRef(0)

  const show = (ms: number) => {
    const t = Math.min(Math.max(0, ms), replay.endMs)
    at.current = t
    setAtMs(t)
    simStore.getState().showReplay(scenario, replay.stateAt(t), replay.headAt(t), {
      left: replay.handAt('left', t),
      right: replay.handAt('right', t),
    })
  }

  useEffect(() => {
    show(0)
    // eslint-disable-next-line react-hooks/exhaustive-deps -- once per recording
  }, [replay])

  useEffect(() => {
    if (seekMs) {
      setPlaying(false)
      show(seekMs.atMs)
    }
    // eslint-disable-next-line react-hooks/exhaustive-deps -- a seek request is an event
  }, [seekMs])

  useEffect(() => {
    if (!playing) return
    let last = performance.now()
    let frame = requestAnimationFrame(function tick(now) {
      show(at.current + (now - last) * speed)
      last = now
      if (at.current >= replay.endMs) setPlaying(false)
      else frame = requestAnimationFrame(tick)
    })
    return () => cancelAnimationFrame(frame)
    // eslint-disable-next-line react-hooks/exhaustive-deps -- show reads refs
  }, [playing, speed, replay])

  return (
    <div className="replay">
      <div className="replay-stage">
        <SceneView onSelectEquipment={ignore} view="overview" />
      </div>
      <div className="replay-controls no-print">
        <button type="button" className="button" onClick={() => setPlaying((p) => !p)}>
          {playing ? 'Pause' : 'Play'}
        </button>
        <label>
          Speed{' '}
          <select value={speed} onChange={(e) => setSpeed(Number(e.target.value) as (typeof SPEEDS)[number])}>
            {SPEEDS.map((s) => (
              <option key={s} value={s}>
                {s}×
              </option>
            ))}
          </select>
        </label>
        <label className="replay-scrub">
          <span className="visually-hidden">Replay time</span>
          <input
            type="range"
            min={0}
            max={replay.endMs}
            step={100}
            value={atMs}
            onChange={(e) => {
              setPlaying(false)
              show(Number(e.target.value))
            }}
          />
        </label>
        <span role="timer" aria-label="Replay time">
          {formatSimTime(atMs)} / {formatSimTime(replay.endMs)}
        </span>
        <button
          type="button"
          className="button-secondary"
          disabled={replay.stateAt(atMs).ended !== null}
          onClick={() =>
            navigate(`/scenario/${scenario.id}/play`, {
              tryFrom: { seed: recording.seed, commands: [...recording.commands], branch: { from: attempt, atMs } },
            })
          }
        >
          Try from here
        </button>
      </div>
    </div>
  )
}
