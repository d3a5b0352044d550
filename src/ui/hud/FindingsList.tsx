import { selectRevealedFindings, useSim } from '../../store/index.ts'
import { formatClock } from '../format.ts'
import { findingTitle } from './feedback.ts'
import { selectMeasurements } from './selectors.ts'

/** What examination revealed (newest first), then the readings the learner took. */
export function FindingsList() {
  const revealed = useSim(selectRevealedFindings)
  const measurements = useSim(selectMeasurements)
  const findings = Object.entries(revealed).sort(([, a], [, b]) => b.atMs - a.atMs)
  return (
    <>
      <h3 className="hud-subheading">Examination</h3>
      {findings.length === 0 ? (
        <p className="hud-empty">Nothing examined yet.</p>
      ) : (
        <dl className="hud-list findings">
          {findings.map(([key, f]) => (
            <div key={key}>
              <dt>
                {findingTitle(key)} <time className="hud-time">{formatClock(f.atMs)}</time>
              </dt>
              <dd>{f.text}</dd>
            </div>
          ))}
        </dl>
      )}
      <h3 className="hud-subheading">Readings</h3>
      {measurements.length === 0 ? (
        <p className="hud-empty">No readings taken yet.</p>
      ) : (
        <ul className="hud-list readings">
          {measurements.map((m) => (
            <li key={m.seq}>
              <span>{m.text}</span> <time className="hud-time">at {formatClock(m.atMs)}</time>
            </li>
          ))}
        </ul>
      )}
    </>
  )
}
