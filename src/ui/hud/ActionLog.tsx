import { useSim } from '../../store/index.ts'
import { formatClock } from '../format.ts'
import { formatGiven, asSentence } from './feedback.ts'
import { selectLogNewestFirst, selectScenario } from './selectors.ts'

/** What the learner did and tried, newest first; refused attempts say why. */
export function ActionLog() {
  const log = useSim(selectLogNewestFirst)
  const scenario = useSim(selectScenario)
  if (log.length === 0) return <p className="hud-empty">Nothing done yet.</p>
  return (
    <ol className="hud-list action-log" reversed>
      {log.map((e) => {
        if (e.type !== 'action.performed' && e.type !== 'action.refused') return null
        const label = scenario?.actions[e.actionId]?.label ?? e.actionId
        const given = formatGiven(e.amount, e.route)
        const refused = e.type === 'action.refused'
        return (
          <li key={e.seq} className={refused ? 'log-refused' : 'log-done'}>
            <time className="hud-time">{formatClock(e.atMs)}</time>
            <span className="log-text">
              {refused && <strong className="log-badge">Not done</strong>}
              {refused && e.reason.includes(label) ? (
                <span className="log-reason">{asSentence(e.reason)}</span>
              ) : (
                <>
                  {label}
                  {given && <span className="log-given"> · {given}</span>}
                  {refused && <span className="log-reason">{asSentence(e.reason)}</span>}
                </>
              )}
            </span>
          </li>
        )
      })}
    </ol>
  )
}
