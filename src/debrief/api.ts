/** The debrief's calls to the Resus server, which holds the LRS and answers signed-in educators only. */

export interface SessionSummary {
  registration: string
  learner: string
  scenarioId: string
  scenarioVersion: string
  startedAt: string
  passed: boolean | null
  scaled: number | null
  duration: string | null
}

export interface SessionData {
  summary: SessionSummary | null
  statements: unknown[]
  recording: unknown
}

export class NotSignedIn extends Error {}

async function getJson<T>(path: string): Promise<T> {
  const res = await fetch(path, { credentials: 'same-origin' })
  if (res.status === 401) throw new NotSignedIn()
  const body = (await res.json().catch(() => ({}))) as T & { error?: string }
  if (!res.ok) throw new Error(body.error ?? `The server answered ${res.status}.`)
  return body
}

export const whoAmI = () => getJson<{ educator: string | null }>('/api/debrief/me')

export const listSessions = (filters: Record<string, string>) =>
  getJson<{ sessions: SessionSummary[] }>(
    `/api/debrief/sessions?${new URLSearchParams(Object.entries(filters).filter(([, v]) => v !== '')).toString()}`,
  )

export const loadSession = (registration: string) =>
  getJson<SessionData>(`/api/debrief/sessions/${encodeURIComponent(registration)}`)

export async function signIn(username: string, password: string): Promise<string | null> {
  const res = await fetch('/api/debrief/sign-in', {
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify({ username, password }),
    credentials: 'same-origin',
  })
  if (res.ok) return null
  const body = (await res.json().catch(() => ({}))) as { error?: string }
  return body.error ?? `The server answered ${res.status}.`
}

export const signOut = () => fetch('/api/debrief/sign-out', { method: 'POST', credentials: 'same-origin' })

export interface RecordedSession extends SessionSummary {
  recording: unknown
}

export const loadRecordings = (scenarioId: string) =>
  getJson<{ recordings: RecordedSession[] }>(`/api/debrief/recordings?scenario=${encodeURIComponent(scenarioId)}`)
