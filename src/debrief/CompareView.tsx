import { useEffect, useState } from 'react'
import { loadSession } from './api.ts'
import type { DebriefCatalog } from './DebriefApp.tsx'
import { formatPercent, formatSimTime } from './format.ts'
import { compareAttempts } from './model/index.ts'
import type { AttemptComparison } from './model/index.ts'
import { prepareDebrief } from './prepare-debrief.ts'

const CHANGE_TEXT: Record<AttemptComparison['critical'][number]['change'], string> = {
  faster: 'faster',
  slower: 'slower',
  same: 'same time',
  gained: 'now met',
  lost: 'no longer met',
  'still-missed': 'missed both times',
}

const at = (ms: number | null) => (ms === null ? 'not met' : formatSimTime(ms))

/** Two attempts of one scenario side by side: time to each critical action, items gained and lost. */
export function CompareView({ a, b, catalog }: { a: string; b: string; catalog: DebriefCatalog }) {
  const [state, setState] = useState<{ comparison: AttemptComparison; title: string } | { error: string } | null>(null)
  useEffect(() => {
    let current = true
    Promise.all([loadSession(a), loadSession(b)]).then(
      ([first, second]) => {
        if (!current) return
        const [pa, pb] = [prepareDebrief(first.recording, catalog), prepareDebrief(second.recording, catalog)]
        if ('error' in pa) return setState(pa)
        if ('error' in pb) return setState(pb)
        try {
          setState({ comparison: compareAttempts(pa.debrief, pb.debrief), title: pa.scenario.title })
        } catch (error) {
          setState({ error: error instanceof Error ? error.message : String(error) })
        }
      },
      (error: unknown) => current && setState({ error: error instanceof Error ? error.message : String(error) }),
    )
    return () => {
      current = false
    }
  }, [a, b, catalog])

  if (!state) return <p>Loading both attempts…</p>
  if ('error' in state) return <p role="alert">{state.error}</p>
  const { comparison: c } = state
  return (
    <article className="debrief">
      <h1 id="page-heading" tabIndex={-1}>
        Two attempts: {state.title}
      </h1>
      <p>
        First: {c.pass[0] ? 'PASS' : 'FAIL'} {formatPercent(c.scaled[0])} · Second: {c.pass[1] ? 'PASS' : 'FAIL'}{' '}
        {formatPercent(c.scaled[1])}
      </p>
      <table className="debrief-table">
        <caption>Time to each critical action</caption>
        <thead>
          <tr>
            <th scope="col">Critical action</th>
            <th scope="col">First attempt</th>
            <th scope="col">Second attempt</th>
            <th scope="col">Change</th>
          </tr>
        </thead>
        <tbody>
          {c.critical.map((row) => (
            <tr key={row.itemId}>
              <td>{row.label}</td>
              <td>{at(row.a)}</td>
              <td>{at(row.b)}</td>
              <td>{CHANGE_TEXT[row.change]}</td>
            </tr>
          ))}
        </tbody>
      </table>
      <h2>Gained in the second attempt</h2>
      {c.gained.length === 0 ? (
        <p>None.</p>
      ) : (
        <ul>
          {c.gained.map((i) => (
            <li key={i.itemId}>{i.label}</li>
          ))}
        </ul>
      )}
      <h2>Lost in the second attempt</h2>
      {c.lost.length === 0 ? (
        <p>None.</p>
      ) : (
        <ul>
          {c.lost.map((i) => (
            <li key={i.itemId}>{i.label}</li>
          ))}
        </ul>
      )}
    </article>
  )
}
