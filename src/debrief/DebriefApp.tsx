import { useEffect, useState } from 'react'
import type { FormEvent } from 'react'
import type { Scenario } from '../scenario/schema/index.ts'
import { Link } from '../ui/Link.tsx'
import { listSessions, NotSignedIn, signIn, signOut, whoAmI } from './api.ts'
import type { SessionSummary } from './api.ts'
import { CohortView } from './CohortView.tsx'
import { CompareView } from './CompareView.tsx'
import { formatDate, formatPercent } from './format.ts'
import { OpenRecordingFile } from './OpenRecordingFile.tsx'
import { SessionDebrief } from './SessionDebrief.tsx'

export interface DebriefCatalog {
  scenarios: Scenario[]
  hashes: Record<string, string>
}

/**
 * The educator's debrief: `/debrief` (sessions of the LRS, filtered), `/debrief/session/<registration>`
 * and `/debrief/file` (a downloaded recording). Learners' results need an educator's sign-in; a
 * recording file needs none, since whoever holds it already has it.
 */
export function DebriefApp({ path, catalog }: { path: string; catalog: DebriefCatalog }) {
  const [educator, setEducator] = useState<string | null | undefined>(undefined)
  const session = /^\/debrief\/session\/([0-9a-f-]{36})$/i.exec(path)?.[1]
  const compare = /^\/debrief\/compare\/([0-9a-f-]{36})\/([0-9a-f-]{36})$/i.exec(path)
  const cohort = /^\/debrief\/cohort\/([^/]+)$/.exec(path)?.[1]

  const fileOnly = path === '/debrief/file'
  useEffect(() => {
    // A recording file needs no server (the packaged app on an LMS has none to ask).
    if (fileOnly) return
    whoAmI().then(
      (me) => setEducator(me.educator),
      () => setEducator(null),
    )
  }, [fileOnly])

  if (fileOnly) return <OpenRecordingFile catalog={catalog} />
  if (educator === undefined) return <p>Checking your sign-in…</p>
  if (educator === null) return <SignIn onSignedIn={setEducator} />
  return (
    <>
      <p className="debrief-signed-in no-print">
        Signed in as <strong>{educator}</strong>.{' '}
        <button type="button" className="link-button" onClick={() => void signOut().then(() => setEducator(null))}>
          Sign out
        </button>
      </p>
      {session ? (
        <SessionDebrief registration={session} catalog={catalog} />
      ) : compare?.[1] && compare[2] ? (
        <CompareView a={compare[1]} b={compare[2]} catalog={catalog} />
      ) : cohort ? (
        <CohortView scenarioId={decodeURIComponent(cohort)} catalog={catalog} />
      ) : (
        <SessionList catalog={catalog} />
      )}
    </>
  )
}

function SignIn({ onSignedIn }: { onSignedIn: (educator: string) => void }) {
  const [error, setError] = useState<string | null>(null)
  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault()
    const data = new FormData(event.currentTarget)
    const username = String(data.get('username') ?? '')
    void signIn(username, String(data.get('password') ?? '')).then((problem) =>
      problem ? setError(problem) : onSignedIn(username),
    )
  }
  return (
    <>
      <h1 id="page-heading" tabIndex={-1}>
        Debrief
      </h1>
      <p className="lead">Sign in as an educator to see learners’ sessions.</p>
      <form className="panel debrief-sign-in" onSubmit={submit}>
        {error && (
          <p className="form-error" role="alert">
            {error}
          </p>
        )}
        <label>
          User name
          <input name="username" autoComplete="username" required />
        </label>
        <label>
          Password
          <input name="password" type="password" autoComplete="current-password" required />
        </label>
        <button type="submit" className="button">
          Sign in
        </button>
      </form>
      <p>
        Or <Link href="/debrief/file">open a downloaded recording</Link>.
      </p>
    </>
  )
}

const RESULTS = [
  ['', 'Any result'],
  ['passed', 'Passed'],
  ['failed', 'Failed'],
  ['unjudged', 'Not judged'],
] as const

function SessionList({ catalog }: { catalog: DebriefCatalog }) {
  const [filters, setFilters] = useState({ scenario: '', learner: '', from: '', to: '', result: '' })
  const [sessions, setSessions] = useState<SessionSummary[] | null>(null)
  const [error, setError] = useState<string | null>(null)
  const [chosen, setChosen] = useState<string[]>([])

  useEffect(() => {
    let current = true
    listSessions(filters).then(
      (r) => current && setSessions(r.sessions),
      (e: unknown) => current && setError(e instanceof NotSignedIn ? 'Your sign-in expired.' : String(e)),
    )
    return () => {
      current = false
    }
  }, [filters])

  const titleOf = (id: string) => catalog.scenarios.find((s) => s.id === id)?.title ?? id
  const set = (key: keyof typeof filters) => (value: string) => setFilters((f) => ({ ...f, [key]: value }))

  return (
    <>
      <h1 id="page-heading" tabIndex={-1}>
        Debrief
      </h1>
      <p className="lead">
        Sessions recorded in the LRS. Open one to walk through it with the learner, or{' '}
        <Link href="/debrief/file">open a downloaded recording</Link>.
      </p>
      <div className="debrief-filters panel" role="search" aria-label="Filter sessions">
        <label>
          Scenario
          <select value={filters.scenario} onChange={(e) => set('scenario')(e.target.value)}>
            <option value="">All scenarios</option>
            {catalog.scenarios.map((s) => (
              <option key={s.id} value={s.id}>
                {s.title}
              </option>
            ))}
          </select>
        </label>
        <label>
          Learner
          <input value={filters.learner} onChange={(e) => set('learner')(e.target.value)} />
        </label>
        <label>
          From
          <input type="date" value={filters.from} onChange={(e) => set('from')(e.target.value)} />
        </label>
        <label>
          To
          <input type="date" value={filters.to} onChange={(e) => set('to')(e.target.value)} />
        </label>
        <label>
          Result
          <select value={filters.result} onChange={(e) => set('result')(e.target.value)}>
            {RESULTS.map(([value, label]) => (
              <option key={value} value={value}>
                {label}
              </option>
            ))}
          </select>
        </label>
      </div>
      <div className="actions">
        {filters.scenario && (
          <Link className="button-secondary" href={`/debrief/cohort/${encodeURIComponent(filters.scenario)}`}>
            Cohort view of this scenario
          </Link>
        )}
        {chosen.length === 2 ? (
          <Link className="button-secondary" href={`/debrief/compare/${chosen[0] ?? ''}/${chosen[1] ?? ''}`}>
            Compare the two chosen attempts
          </Link>
        ) : (
          <span className="muted">Choose two sessions of one scenario to compare them.</span>
        )}
      </div>
      {error && <p role="alert">{error}</p>}
      {sessions === null ? (
        <p>Loading sessions…</p>
      ) : sessions.length === 0 ? (
        <p>No session matches.</p>
      ) : (
        <table className="debrief-table">
          <caption className="visually-hidden">Sessions, newest first</caption>
          <thead>
            <tr>
              <th scope="col">
                <span className="visually-hidden">Compare</span>
              </th>
              <th scope="col">Started</th>
              <th scope="col">Learner</th>
              <th scope="col">Scenario</th>
              <th scope="col">Result</th>
              <th scope="col">Score</th>
              <th scope="col">
                <span className="visually-hidden">Open</span>
              </th>
            </tr>
          </thead>
          <tbody>
            {sessions.map((s) => (
              <tr key={s.registration}>
                <td>
                  <input
                    type="checkbox"
                    aria-label={`Compare the session of ${s.learner} started ${formatDate(s.startedAt)}`}
                    checked={chosen.includes(s.registration)}
                    onChange={(e) =>
                      setChosen((c) =>
                        e.target.checked ? [...c, s.registration].slice(-2) : c.filter((r) => r !== s.registration),
                      )
                    }
                  />
                </td>
                <td>{formatDate(s.startedAt)}</td>
                <td>{s.learner}</td>
                <td>
                  {titleOf(s.scenarioId)} <span className="muted">{s.scenarioVersion}</span>
                </td>
                <td>{s.passed === null ? 'Not judged' : s.passed ? 'Passed' : 'Failed'}</td>
                <td>{s.scaled === null ? '—' : formatPercent(s.scaled)}</td>
                <td>
                  <Link href={`/debrief/session/${s.registration}`}>
                    Open<span className="visually-hidden"> the session of {s.learner}</span>
                  </Link>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </>
  )
}
