import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { Cmi5LaunchError, openCmi5Launch } from '../../src/xapi/cmi5/open-launch.ts'
import { readLaunchParameters } from '../../src/xapi/cmi5/launch-params.ts'
import type { LaunchParameters } from '../../src/xapi/cmi5/types.ts'
import { AUTH, startLrs, statement, XAPI_HEADERS } from './lrs-harness.ts'
import type { LrsUnderTest } from './lrs-harness.ts'

let t: LrsUnderTest
beforeAll(async () => {
  t = await startLrs()
})
afterAll(() => t.close())

const memoryStorage = () => {
  const items = new Map<string, string>()
  return { getItem: (k: string) => items.get(k) ?? null, setItem: (k: string, v: string) => void items.set(k, v) }
}

/** Launches through the local LMS's launch page, as an educator's browser would, and follows to the AU URL. */
async function launchFromPage(fields: Record<string, string>): Promise<URL> {
  const res = await fetch(`${t.origin}/lms/launch`, {
    method: 'POST',
    headers: { Authorization: AUTH, 'Content-Type': 'application/x-www-form-urlencoded' },
    body: new URLSearchParams(fields).toString(),
    redirect: 'manual',
  })
  expect(res.status).toBe(303)
  return new URL(res.headers.get('location') as string)
}

const paramsOf = (url: URL): LaunchParameters => {
  const result = readLaunchParameters(url.search)
  if (!result?.ok) throw new Error(`not a launch URL: ${url.href}`)
  return result.params
}

describe('local LMS', () => {
  it('asks for the LRS account before showing the launch page', async () => {
    expect((await fetch(`${t.origin}/lms`)).status).toBe(401)
    const page = await fetch(`${t.origin}/lms`, { headers: { Authorization: AUTH } })
    expect(page.status).toBe(200)
    const html = await page.text()
    expect(html).toContain('<option value="anaphylaxis-adult"')
    expect(html).toContain('name="learner"')
  })

  it('launches an AU with the five cmi5 parameters, LaunchData and a launched statement', async () => {
    const url = await launchFromPage({
      learner: 'rn-0042',
      scenario: 'anaphylaxis-adult',
      launchMode: 'Normal',
      moveOn: 'Passed',
      masteryScore: '0.9',
    })
    expect(url.pathname).toBe('/scenario/anaphylaxis-adult')
    const params = paramsOf(url)
    expect(params.endpoint).toBe(`${t.origin}/xapi/`)
    expect(params.actor).toEqual({
      objectType: 'Agent',
      account: { homePage: `${t.origin}/lms`, name: 'rn-0042' },
    })
    expect(params.activityId).toBe('https://resus.local/xapi/activities/scenarios/anaphylaxis-adult')

    const launch = await openCmi5Launch(params, { fetch, storage: memoryStorage(), now: Date.now })
    expect(launch.launchData).toMatchObject({ launchMode: 'Normal', moveOn: 'Passed', masteryScore: 0.9 })
    expect(launch.launchData.returnURL).toBe(`${t.origin}/lms`)
    expect(launch.sessionId).toMatch(/^[0-9a-f-]{36}$/)
    // The local LMS gives a new learner the default cmi5 preferences, which the AU reads.
    expect(launch.preferences).toEqual({ languagePreference: 'en-US', audioPreference: 'on' })

    const page = (await (
      await fetch(`${t.endpoint}statements?registration=${params.registration}`, { headers: XAPI_HEADERS })
    ).json()) as { statements: { verb: { id: string } }[] }
    expect(page.statements.map((s) => s.verb.id)).toEqual(['http://adlnet.gov/expapi/verbs/launched'])
  })

  it('gives the token once: a second fetch gets cmi5 error 1, an unknown code error 2', async () => {
    const params = paramsOf(await launchFromPage({ learner: 'rn-7', scenario: 'vf-arrest-adult' }))
    expect((await fetch(params.fetch, { method: 'POST' })).status).toBe(200)
    const again = await fetch(params.fetch, { method: 'POST' })
    expect(again.status).toBe(400)
    expect(await again.json()).toMatchObject({ 'error-code': '1' })
    const unknown = await fetch(`${t.origin}/lms/fetch/not-a-code`, { method: 'POST' })
    expect(await unknown.json()).toMatchObject({ 'error-code': '2' })
    await expect(openCmi5Launch(params, { fetch, storage: memoryStorage(), now: Date.now })).rejects.toThrow(
      Cmi5LaunchError,
    )
  })

  it('rehydrates a reloaded session from storage instead of fetching the token again', async () => {
    const params = paramsOf(await launchFromPage({ learner: 'rn-8', scenario: 'vf-arrest-adult' }))
    const storage = memoryStorage()
    const first = await openCmi5Launch(params, { fetch, storage, now: Date.now })
    const second = await openCmi5Launch(params, { fetch, storage, now: Date.now })
    expect(second).toEqual(first)
  })

  it('scopes the token to its learner and registration, and forbids voiding', async () => {
    const params = paramsOf(await launchFromPage({ learner: 'rn-9', scenario: 'anaphylaxis-adult' }))
    const launch = await openCmi5Launch(params, { fetch, storage: memoryStorage(), now: Date.now })
    const post = (body: unknown) =>
      fetch(`${t.endpoint}statements`, {
        method: 'POST',
        headers: {
          Authorization: launch.auth,
          'X-Experience-API-Version': '1.0.3',
          'Content-Type': 'application/json',
        },
        body: JSON.stringify(body),
      })
    const own = statement({ actor: params.actor, context: { registration: params.registration } })
    expect((await post(own)).status).toBe(200)
    expect((await post(statement({ context: { registration: params.registration } }))).status).toBe(403)
    expect((await post(statement({ actor: params.actor }))).status).toBe(403)
    const voiding = statement({
      actor: params.actor,
      verb: { id: 'http://adlnet.gov/expapi/verbs/voided' },
      object: { objectType: 'StatementRef', id: own.id },
      context: { registration: params.registration },
    })
    expect((await post(voiding)).status).toBe(403)
    // Reading is limited to its own learner and registration too.
    const others = await fetch(
      `${t.endpoint}statements?agent=${encodeURIComponent(JSON.stringify(statement().actor))}`,
      {
        headers: { Authorization: launch.auth, 'X-Experience-API-Version': '1.0.3' },
      },
    )
    expect(others.status).toBe(403)
  })

  it('starts a stand-alone session for the picker without the LRS account, and refuses a bad learner ID', async () => {
    const res = await fetch(`${t.origin}/lms/sessions`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({ scenarioId: 'anaphylaxis-adult', learner: 'student-12' }),
    })
    expect(res.status).toBe(200)
    const { launchUrl } = (await res.json()) as { launchUrl: string }
    const launch = await openCmi5Launch(paramsOf(new URL(launchUrl)), {
      fetch,
      storage: memoryStorage(),
      now: Date.now,
    })
    expect(launch.launchData.returnURL).toBeUndefined()
    expect(launch.launchData.masteryScore).toBeUndefined()
    const bad = await fetch(`${t.origin}/lms/sessions`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({ scenarioId: 'anaphylaxis-adult', learner: '<script>' }),
    })
    expect(bad.status).toBe(400)
    expect(((await bad.json()) as { error: string }).error).toMatch(/Learner ID/)
  })

  it('shows a launch-page error next to the form, keeping what was typed', async () => {
    const res = await fetch(`${t.origin}/lms/launch`, {
      method: 'POST',
      headers: { Authorization: AUTH, 'Content-Type': 'application/x-www-form-urlencoded' },
      body: new URLSearchParams({ learner: 'rn-1', scenario: 'anaphylaxis-adult', masteryScore: '85' }).toString(),
    })
    expect(res.status).toBe(400)
    const html = await res.text()
    expect(html).toContain('Mastery score: a number from 0 to 1')
    expect(html).toContain('value="85"')
  })
})

describe('readLaunchParameters', () => {
  it('is null without launch parameters and names what is missing or malformed', () => {
    expect(readLaunchParameters('?foo=1')).toBeNull()
    expect(readLaunchParameters('?endpoint=https://x/xapi/')).toEqual({
      ok: false,
      error: 'The launch link lacks fetch, actor, registration, activityId.',
    })
    const good = {
      endpoint: 'https://lrs.example.org/xapi',
      fetch: 'https://lms.example.org/fetch/1',
      actor: JSON.stringify({ account: { homePage: 'https://lms.example.org', name: 'u1' } }),
      registration: 'a1b2c3d4-0000-4000-8000-000000000001',
      activityId: 'https://resus.local/xapi/activities/scenarios/x',
    }
    const ok = readLaunchParameters(`?${new URLSearchParams(good).toString()}`)
    expect(ok).toMatchObject({ ok: true, params: { endpoint: 'https://lrs.example.org/xapi/' } })
    const badActor = readLaunchParameters(
      `?${new URLSearchParams({ ...good, actor: '{"mbox":"mailto:a@b.c"}' }).toString()}`,
    )
    expect(badActor).toEqual({ ok: false, error: 'actor: expected an Agent with an account {homePage, name}.' })
    expect(readLaunchParameters(`?${new URLSearchParams({ ...good, registration: '42' }).toString()}`)).toMatchObject({
      ok: false,
      error: expect.stringMatching(/^registration/),
    })
  })
})
