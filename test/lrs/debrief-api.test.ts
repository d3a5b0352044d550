import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { CONTEXT_EXTENSIONS } from '../../src/xapi/vocabulary.ts'
import { EDUCATOR, startLrs, statement, XAPI_HEADERS } from './lrs-harness.ts'
import type { LrsUnderTest } from './lrs-harness.ts'

let t: LrsUnderTest
const registration = 'b1b2c3d4-0000-4000-8000-000000000001'
const actor = { objectType: 'Agent', account: { homePage: 'https://lms.example.org', name: 'rn-77' } }
const au = 'https://resus.local/xapi/activities/scenarios/anaphylaxis-adult'
const verb = (name: string) => ({ id: `http://adlnet.gov/expapi/verbs/${name}` })

beforeAll(async () => {
  t = await startLrs()
  const context = {
    registration,
    extensions: { [CONTEXT_EXTENSIONS.scenario]: { id: 'anaphylaxis-adult', version: '1.2.0' } },
  }
  const session = [
    statement({ actor, verb: verb('initialized'), object: { id: au }, context }),
    statement({
      actor,
      verb: verb('passed'),
      object: { id: au },
      context,
      result: { score: { scaled: 0.9 }, success: true },
    }),
    statement({ actor, verb: verb('terminated'), object: { id: au }, context, result: { duration: 'PT6M' } }),
  ]
  await fetch(`${t.endpoint}statements`, {
    method: 'POST',
    headers: { ...XAPI_HEADERS, 'Content-Type': 'application/json' },
    body: JSON.stringify(session),
  })
  await fetch(
    `${t.endpoint}activities/state?${new URLSearchParams({ stateId: 'resus.recording', activityId: au, agent: JSON.stringify(actor), registration }).toString()}`,
    {
      method: 'PUT',
      headers: { ...XAPI_HEADERS, 'Content-Type': 'application/json' },
      body: '{"recording":{"seed":3}}',
    },
  )
})
afterAll(() => t.close())

const signIn = (password: string) =>
  fetch(`${t.origin}/api/debrief/sign-in`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify({ username: EDUCATOR.username, password }),
  })

describe('debrief API', () => {
  it('shows learners’ sessions to a signed-in educator only', async () => {
    expect((await fetch(`${t.origin}/api/debrief/sessions`)).status).toBe(401)
    expect(await (await fetch(`${t.origin}/api/debrief/me`)).json()).toEqual({ educator: null })
    expect((await signIn('wrong')).status).toBe(401)
    const ok = await signIn(EDUCATOR.password)
    expect(ok.status).toBe(200)
    const cookie = ok.headers.get('set-cookie') ?? ''
    expect(cookie).toMatch(/HttpOnly/)
    expect(cookie).toMatch(/SameSite=Strict/)
    const headers = { Cookie: cookie.split(';')[0] ?? '' }

    const list = (await (await fetch(`${t.origin}/api/debrief/sessions`, { headers })).json()) as {
      sessions: { registration: string; learner: string; passed: boolean; scaled: number; duration: string }[]
    }
    expect(list.sessions).toEqual([
      expect.objectContaining({
        registration,
        learner: 'rn-77',
        scenarioId: 'anaphylaxis-adult',
        passed: true,
        scaled: 0.9,
        duration: 'PT6M',
      }),
    ])
    const filtered = await (await fetch(`${t.origin}/api/debrief/sessions?result=failed`, { headers })).json()
    expect(filtered).toEqual({ sessions: [] })

    const one = (await (await fetch(`${t.origin}/api/debrief/sessions/${registration}`, { headers })).json()) as {
      statements: unknown[]
      recording: unknown
    }
    expect(one.statements).toHaveLength(3)
    expect(one.recording).toEqual({ recording: { seed: 3 } })

    const cohort = (await (
      await fetch(`${t.origin}/api/debrief/recordings?scenario=anaphylaxis-adult`, { headers })
    ).json()) as { recordings: unknown[] }
    expect(cohort.recordings).toHaveLength(1)

    await fetch(`${t.origin}/api/debrief/sign-out`, { method: 'POST', headers })
    expect((await fetch(`${t.origin}/api/debrief/sessions`, { headers })).status).toBe(401)
  })
})
