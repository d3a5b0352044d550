import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { startLrs, XAPI_HEADERS } from './lrs-harness.ts'
import type { LrsUnderTest } from './lrs-harness.ts'

let t: LrsUnderTest
beforeAll(async () => {
  t = await startLrs()
})
afterAll(() => t.close())

const AGENT = JSON.stringify({
  objectType: 'Agent',
  account: { homePage: 'https://lms.example.org', name: 'learner-1' },
})
const base = {
  activityId: 'https://resus.local/xapi/activities/scenarios/anaphylaxis-adult',
  agent: AGENT,
  registration: 'a1b2c3d4-0000-4000-8000-0000000000aa',
}
const url = (params: Record<string, string>) =>
  `${t.endpoint}activities/state?${new URLSearchParams({ ...base, ...params }).toString()}`
const write = (method: 'PUT' | 'POST', stateId: string, body: string, headers: Record<string, string> = {}) =>
  fetch(url({ stateId }), {
    method,
    headers: { ...XAPI_HEADERS, 'Content-Type': 'application/json', ...headers },
    body,
  })

describe('embedded LRS: State resource', () => {
  it('stores, returns with an ETag, merges JSON on POST and lists ids', async () => {
    const put = await write('PUT', 'LMS.LaunchData', JSON.stringify({ launchMode: 'Normal', masteryScore: 0.8 }))
    expect(put.status).toBe(204)
    const got = await fetch(url({ stateId: 'LMS.LaunchData' }), { headers: XAPI_HEADERS })
    expect(got.status).toBe(200)
    expect(got.headers.get('etag')).toMatch(/^"[0-9a-f]{40}"$/)
    expect(await got.json()).toEqual({ launchMode: 'Normal', masteryScore: 0.8 })

    expect((await write('POST', 'LMS.LaunchData', JSON.stringify({ moveOn: 'Passed' }))).status).toBe(204)
    const merged = await fetch(url({ stateId: 'LMS.LaunchData' }), { headers: XAPI_HEADERS })
    expect(await merged.json()).toEqual({ launchMode: 'Normal', masteryScore: 0.8, moveOn: 'Passed' })

    await write('PUT', 'resus.recording', '{"v":1}')
    const ids = await fetch(url({}), { headers: XAPI_HEADERS })
    expect(await ids.json()).toEqual(['LMS.LaunchData', 'resus.recording'])
  })

  it('keeps documents of other registrations apart', async () => {
    await write('PUT', 'only-here', '{}')
    const other = `${t.endpoint}activities/state?${new URLSearchParams({
      ...base,
      registration: 'a1b2c3d4-0000-4000-8000-0000000000bb',
      stateId: 'only-here',
    }).toString()}`
    expect((await fetch(other, { headers: XAPI_HEADERS })).status).toBe(404)
  })

  it('honours If-Match and If-None-Match with 412', async () => {
    await write('PUT', 'guarded', '{"n":1}')
    const etag = (await fetch(url({ stateId: 'guarded' }), { headers: XAPI_HEADERS })).headers.get('etag') as string
    expect((await write('PUT', 'guarded', '{"n":2}', { 'If-Match': '"stale"' })).status).toBe(412)
    expect((await write('PUT', 'guarded', '{"n":2}', { 'If-None-Match': '*' })).status).toBe(412)
    expect((await write('PUT', 'guarded', '{"n":2}', { 'If-Match': etag })).status).toBe(204)
  })

  it('refuses to merge a non-JSON document and deletes one or all', async () => {
    await fetch(url({ stateId: 'blob' }), {
      method: 'PUT',
      headers: { ...XAPI_HEADERS, 'Content-Type': 'application/octet-stream' },
      body: new Uint8Array([1, 2, 3]),
    })
    const blob = await fetch(url({ stateId: 'blob' }), { headers: XAPI_HEADERS })
    expect(new Uint8Array(await blob.arrayBuffer())).toEqual(new Uint8Array([1, 2, 3]))
    expect((await write('POST', 'blob', '{"a":1}')).status).toBe(400)

    expect((await fetch(url({ stateId: 'blob' }), { method: 'DELETE', headers: XAPI_HEADERS })).status).toBe(204)
    expect((await fetch(url({ stateId: 'blob' }), { headers: XAPI_HEADERS })).status).toBe(404)
    expect((await fetch(url({}), { method: 'DELETE', headers: XAPI_HEADERS })).status).toBe(204)
    expect(await (await fetch(url({}), { headers: XAPI_HEADERS })).json()).toEqual([])
  })

  it('says which parameter is wrong', async () => {
    const res = await fetch(`${t.endpoint}activities/state?activityId=nope&agent=${AGENT}&stateId=x`, {
      headers: XAPI_HEADERS,
    })
    expect(res.status).toBe(400)
    expect(((await res.json()) as { error: { message: string } }).error.message).toMatch(/activityId/)
  })
})

describe('embedded LRS: Agent Profile resource', () => {
  const profileUrl = (profileId?: string) =>
    `${t.endpoint}agents/profile?${new URLSearchParams({ agent: AGENT, ...(profileId && { profileId }) }).toString()}`
  const put = (body: string, headers: Record<string, string> = {}) =>
    fetch(profileUrl('cmi5LearnerPreferences'), {
      method: 'PUT',
      headers: { ...XAPI_HEADERS, 'Content-Type': 'application/json', ...headers },
      body,
    })

  it('stores a profile, lists it, and refuses a blind overwrite with 409', async () => {
    expect((await put('{"audioPreference":"off"}', { 'If-None-Match': '*' })).status).toBe(204)
    const got = await fetch(profileUrl('cmi5LearnerPreferences'), { headers: XAPI_HEADERS })
    expect(await got.json()).toEqual({ audioPreference: 'off' })
    expect(await (await fetch(profileUrl(), { headers: XAPI_HEADERS })).json()).toEqual(['cmi5LearnerPreferences'])
    expect((await put('{"audioPreference":"on"}')).status).toBe(409)
    expect((await put('{"audioPreference":"on"}', { 'If-Match': got.headers.get('etag') as string })).status).toBe(204)
  })
})
