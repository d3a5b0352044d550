import { mkdtemp, rm } from 'node:fs/promises'
import { createServer } from 'node:http'
import type { AddressInfo } from 'node:net'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { createDebriefApi, DEBRIEF_API } from '../../src/server/educators/debrief-api.ts'
import { createEducatorSessions } from '../../src/server/educators/educator-sessions.ts'
import { createLmsHandler, LMS_PATH } from '../../src/server/lms/lms-handler.ts'
import { basicAuthHeader, createEmbeddedLrs, LRS_BASE_PATH } from '../../src/server/lrs/index.ts'
import { DEFAULT_ACTIVITY_BASE_IRI } from '../../src/xapi/vocabulary.ts'
import type { EmbeddedLrs } from '../../src/server/lrs/index.ts'

export const ACCOUNT = { username: 'lrs-admin', password: 'correct horse battery staple' }
export const AUTH = basicAuthHeader(ACCOUNT.username, ACCOUNT.password)
export const EDUCATOR = { username: 'educator-1', password: 'debrief please' }
export const XAPI_HEADERS = { Authorization: AUTH, 'X-Experience-API-Version': '1.0.3' }

export interface LrsUnderTest {
  /** e.g. http://127.0.0.1:1234/xapi/ */
  endpoint: string
  /** e.g. http://127.0.0.1:1234 */
  origin: string
  lrs: EmbeddedLrs
  dataDir: string
  close(): Promise<void>
}

export const TEST_SCENARIOS = [
  { id: 'anaphylaxis-adult', title: 'Anaphylaxis' },
  { id: 'vf-arrest-adult', title: 'VF arrest' },
]

/** The embedded LRS and the local LMS on a free loopback port, without the app around them (no build needed). */
export async function startLrs(dataDir?: string, corsOrigins: string[] | '*' = []): Promise<LrsUnderTest> {
  const dir = dataDir ?? (await mkdtemp(join(tmpdir(), 'resus-lrs-')))
  const lrs = createEmbeddedLrs({ dataDir: dir, ...ACCOUNT, corsOrigins })
  const lms = createLmsHandler({
    lrs,
    sessions: lrs.sessions,
    scenarios: TEST_SCENARIOS,
    activityBaseIri: DEFAULT_ACTIVITY_BASE_IRI,
    authenticateAdmin: lrs.authenticateAccount,
    corsOrigins,
  })
  const debrief = createDebriefApi(lrs, createEducatorSessions([EDUCATOR]))
  const server = createServer((req, res) => {
    const url = new URL(req.url ?? '/', 'http://x')
    const route = url.pathname.startsWith(LMS_PATH) ? lms : url.pathname.startsWith(DEBRIEF_API) ? debrief : lrs.handle
    void route(req, res, url)
  })
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  const { port } = server.address() as AddressInfo
  return {
    endpoint: `http://127.0.0.1:${port}${LRS_BASE_PATH}`,
    origin: `http://127.0.0.1:${port}`,
    lrs,
    dataDir: dir,
    async close() {
      server.closeAllConnections()
      await new Promise<void>((resolve) => server.close(() => resolve()))
      lrs.close()
      if (!dataDir) await rm(dir, { recursive: true, force: true })
    },
  }
}

let counter = 0
/** A valid statement with a fresh id (deterministic, so failures are easy to read). */
export function statement(overrides: Record<string, unknown> = {}): Record<string, unknown> {
  counter += 1
  const n = counter.toString(16).padStart(12, '0')
  return {
    id: `00000000-0000-4000-8000-${n}`,
    actor: { objectType: 'Agent', account: { homePage: 'https://lms.example.org', name: 'learner-1' } },
    verb: { id: 'http://adlnet.gov/expapi/verbs/experienced', display: { 'en-US': 'experienced' } },
    object: { objectType: 'Activity', id: 'https://resus.local/xapi/activities/scenarios/anaphylaxis-adult' },
    timestamp: '2026-11-22T10:00:00.000Z',
    ...overrides,
  }
}
