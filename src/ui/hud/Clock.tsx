import { selectElapsedS, useSim } from '../../store/index.ts'
import { formatClock } from '../format.ts'

/** Elapsed sim time; re-renders once a sim second, not every frame. */
export function Clock() {
  const elapsedS = useSim(selectElapsedS)
  return (
    <div className="hud-clock">
      <span className="hud-clock-label">Time</span>
      <span role="timer" aria-label="Elapsed time" className="hud-clock-value">
        {formatClock(elapsedS * 1000)}
      </span>
    </div>
  )
}
