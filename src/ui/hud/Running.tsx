import { useSim } from '../../store/index.ts'
import { formatClock } from '../format.ts'
import { formatGiven } from './feedback.ts'
import { selectAssumedCprQuality, selectRunning } from './selectors.ts'

const ACTIVITY_NAMES: Record<string, string> = {
  cpr: 'Chest compressions',
  oxygen: 'Oxygen',
  bvm: 'Bag-mask ventilation',
}
export const activityName = (id: string) =>
  ACTIVITY_NAMES[id] ?? id.charAt(0).toUpperCase() + id.slice(1).replace(/-/g, ' ')

/** Ongoing care that keeps running until the learner stops it. */
export function Running() {
  const running = useSim(selectRunning)
  // Desktop CPR is not measured: say what the scene assumes (the debrief says it too).
  const assumedQuality = useSim(selectAssumedCprQuality)
  if (running.length === 0) return null
  return (
    <ul className="running" aria-label="Running now">
      {running.map((a) => {
        const given = formatGiven(a.amount, a.route)
        return (
          <li key={a.id}>
            <span className="running-dot" aria-hidden="true" />
            {activityName(a.id)}
            {given && ` ${given}`} <span className="running-since">since {formatClock(a.sinceMs)}</span>
            {a.id === 'cpr' && assumedQuality !== null && (
              <span className="running-since">· desktop CPR assumes {Math.round(assumedQuality * 100)} % quality</span>
            )}
          </li>
        )
      })}
    </ul>
  )
}
