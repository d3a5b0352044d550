import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { ACCOUNT, AUTH, startLrs, statement, XAPI_HEADERS } from './lrs-harness.ts'
import type { LrsUnderTest } from './lrs-harness.ts'

let t: LrsUnderTest
beforeAll(async () => {
  t = await startLrs(undefined, ['https://lms.example.org'])
})
afterAll(() => t.close())

const post = (body: unknown, headers: Record<string, string> = {}) =>
  fetch(`${t.endpoint}statements`, {
    method: 'POST',
    headers: { ...XAPI_HEADERS, 'Content-Type': 'application/json', ...headers },
    body: JSON.stringify(body),
  })
const get = (query: string, headers: Record<string, string> = XAPI_HEADERS) =>
  fetch(`${t.endpoint}statements${query}`, { headers })
const errorOf = async (res: Response) => ((await res.json()) as { error: { message: string } }).error.message

describe('embedded LRS: About and access', () => {
  it('answers About without credentials', async () => {
    const res = await fetch(`${t.endpoint}about`)
    expect(res.status).toBe(200)
    expect(((await res.json()) as { version: string[] }).version).toContain('1.0.3')
    expect(res.headers.get('x-experience-api-version')).toBe('1.0.3')
  })

  it('refuses statements without credentials, with wrong ones, and without the version header', async () => {
    expect((await get('', { 'X-Experience-API-Version': '1.0.3' })).status).toBe(401)
    const wrong = `Basic ${Buffer.from(`${ACCOUNT.username}:nope`).toString('base64')}`
    expect((await get('', { 'X-Experience-API-Version': '1.0.3', Authorization: wrong })).status).toBe(401)
    const noVersion = await get('', { Authorization: AUTH })
    expect(noVersion.status).toBe(400)
    expect(await errorOf(noVersion)).toMatch(/X-Experience-API-Version/)
    expect((await get('', { Authorization: AUTH, 'X-Experience-API-Version': '2.0.0' })).status).toBe(400)
  })

  it('answers a CORS preflight for an allowed origin only', async () => {
    const preflight = (origin: string) =>
      fetch(`${t.endpoint}statements`, {
        method: 'OPTIONS',
        headers: { Origin: origin, 'Access-Control-Request-Method': 'POST' },
      })
    const ok = await preflight('https://lms.example.org')
    expect(ok.status).toBe(204)
    expect(ok.headers.get('access-control-allow-origin')).toBe('https://lms.example.org')
    expect(ok.headers.get('access-control-allow-headers')).toMatch(/X-Experience-API-Version/)
    expect((await preflight('https://evil.example')).headers.get('access-control-allow-origin')).toBeNull()
  })
})

describe('embedded LRS: storing statements', () => {
  it('stores one statement and a batch, answering their ids in order, and returns them with stored and authority', async () => {
    const one = statement()
    const res = await post(one)
    expect(res.status).toBe(200)
    expect(await res.json()).toEqual([one.id])
    const batch = [statement(), statement(), statement()]
    expect(await (await post(batch)).json()).toEqual(batch.map((s) => s.id))
    const back = (await (await get(`?statementId=${batch[1]?.id as string}`)).json()) as Record<string, unknown>
    expect(back).toMatchObject({ id: batch[1]?.id, verb: batch[1]?.verb, timestamp: '2026-11-22T10:00:00.000Z' })
    expect(back.stored).toMatch(/^\d{4}-\d\d-\d\dT.*Z$/)
    expect(back.authority).toMatchObject({ account: { name: ACCOUNT.username } })
    expect(back.version).toBe('1.0.0')
  })

  it('gives a statement without id a new UUID', async () => {
    const { id: _id, ...rest } = statement()
    const [id] = (await (await post(rest)).json()) as string[]
    expect(id).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/)
  })

  it('PUT stores under statementId (204) and refuses a body whose id differs', async () => {
    const s = statement()
    const put = (id: string, body: unknown) =>
      fetch(`${t.endpoint}statements?statementId=${id}`, {
        method: 'PUT',
        headers: { ...XAPI_HEADERS, 'Content-Type': 'application/json' },
        body: JSON.stringify(body),
      })
    expect((await put(s.id as string, s)).status).toBe(204)
    expect((await get(`?statementId=${s.id as string}`)).status).toBe(200)
    const mismatch = await put('00000000-0000-4000-8000-ffffffffffff', statement())
    expect(mismatch.status).toBe(400)
    expect(await errorOf(mismatch)).toMatch(/differs from the statementId/)
  })

  it('takes an identical re-send as a no-op and a changed one as a 409 conflict', async () => {
    const s = statement()
    await post(s)
    const again = await post(s)
    expect(again.status).toBe(200)
    const changed = await post({ ...s, verb: { id: 'http://adlnet.gov/expapi/verbs/completed' } })
    expect(changed.status).toBe(409)
    const page = (await (
      await get(`?verb=${encodeURIComponent('http://adlnet.gov/expapi/verbs/completed')}`)
    ).json()) as {
      statements: { id: string }[]
    }
    expect(page.statements.map((x) => x.id)).not.toContain(s.id)
  })

  it('refuses an invalid statement with a message that names the field, and stores nothing of its batch', async () => {
    const good = statement()
    const bad = statement({ result: { score: { scaled: 1.5 } } })
    const res = await post([good, bad])
    expect(res.status).toBe(400)
    expect(await errorOf(res)).toMatch(/statements\[1\]: statement\.result\.score\.scaled/)
    expect((await get(`?statementId=${good.id as string}`)).status).toBe(404)
  })

  it('refuses two statements with one id in a batch', async () => {
    const s = statement()
    const res = await post([s, { ...s }])
    expect(res.status).toBe(400)
    expect(await errorOf(res)).toMatch(/appears twice/)
  })

  it('refuses non-JSON bodies and unknown parameters', async () => {
    const res = await fetch(`${t.endpoint}statements`, {
      method: 'POST',
      headers: { ...XAPI_HEADERS, 'Content-Type': 'application/json' },
      body: '{"actor":',
    })
    expect(res.status).toBe(400)
    expect(await errorOf(res)).toMatch(/not valid JSON/)
    expect((await get('?colour=blue')).status).toBe(400)
  })

  it('refuses a body over the size limit with 413', async () => {
    const res = await fetch(`${t.endpoint}statements`, {
      method: 'POST',
      headers: { ...XAPI_HEADERS, 'Content-Type': 'application/json' },
      body: JSON.stringify([statement({ result: { response: 'x'.repeat(6 * 1024 * 1024) } })]),
    })
    expect(res.status).toBe(413)
  })
})

describe('embedded LRS: queries', () => {
  const registration = 'a1b2c3d4-0000-4000-8000-000000000001'
  const learner2 = { objectType: 'Agent', account: { homePage: 'https://lms.example.org', name: 'learner-2' } }
  const au = 'https://resus.local/xapi/activities/scenarios/vf-arrest-adult'
  const ids: string[] = []

  beforeAll(async () => {
    const batch = Array.from({ length: 7 }, (_, i) =>
      statement({
        actor: learner2,
        object: { objectType: 'Activity', id: `${au}/actions/a${i}` },
        context: { registration, contextActivities: { parent: [{ id: au }] } },
      }),
    )
    ids.push(...batch.map((s) => s.id as string))
    expect((await post(batch)).status).toBe(200)
  })

  type Page = { statements: { id: string }[]; more: string }
  const query = async (q: Record<string, string>) => {
    const res = await get(`?${new URLSearchParams(q).toString()}`)
    expect(res.status).toBe(200)
    expect(res.headers.get('x-experience-api-consistent-through')).toMatch(/Z$/)
    return (await res.json()) as Page
  }

  it('filters by agent, registration and verb, newest first', async () => {
    const page = await query({ agent: JSON.stringify(learner2) })
    expect(page.statements.map((s) => s.id)).toEqual([...ids].reverse())
    expect((await query({ registration })).statements).toHaveLength(7)
    expect((await query({ registration, verb: 'http://adlnet.gov/expapi/verbs/completed' })).statements).toHaveLength(0)
  })

  it('filters by activity, with related_activities reaching the context parent', async () => {
    expect((await query({ activity: `${au}/actions/a3` })).statements.map((s) => s.id)).toEqual([ids[3]])
    expect((await query({ activity: au })).statements).toHaveLength(0)
    expect((await query({ activity: au, related_activities: 'true' })).statements).toHaveLength(7)
  })

  it('pages with limit and more, ascending, until all are read exactly once', async () => {
    const seen: string[] = []
    let page = await query({ registration, limit: '3', ascending: 'true' })
    seen.push(...page.statements.map((s) => s.id))
    while (page.more) {
      expect(page.more).toMatch(/^\/xapi\/statements\?/)
      const res = await fetch(new URL(page.more, t.endpoint), { headers: XAPI_HEADERS })
      page = (await res.json()) as Page
      seen.push(...page.statements.map((s) => s.id))
    }
    expect(seen).toEqual(ids)
  })

  it('filters by stored time with since and until', async () => {
    const future = new Date(Date.now() + 60_000).toISOString()
    expect((await query({ registration, since: future })).statements).toHaveLength(0)
    expect((await query({ registration, until: future })).statements).toHaveLength(7)
    expect((await get('?since=yesterday')).status).toBe(400)
  })
})

describe('embedded LRS: voiding', () => {
  const voiding = (target: string) =>
    statement({
      verb: { id: 'http://adlnet.gov/expapi/verbs/voided', display: { 'en-US': 'voided' } },
      object: { objectType: 'StatementRef', id: target },
    })

  it('hides a voided statement from statementId and queries but answers it by voidedStatementId', async () => {
    const s = statement({ context: { registration: 'a1b2c3d4-0000-4000-8000-00000000000f' } })
    await post(s)
    const v = voiding(s.id as string)
    expect((await post(v)).status).toBe(200)
    expect((await get(`?statementId=${s.id as string}`)).status).toBe(404)
    expect((await get(`?voidedStatementId=${s.id as string}`)).status).toBe(200)
    const page = (await (await get(`?registration=a1b2c3d4-0000-4000-8000-00000000000f`)).json()) as {
      statements: unknown[]
    }
    expect(page.statements).toHaveLength(0)
    const voidTheVoid = await post(voiding(v.id as string))
    expect(voidTheVoid.status).toBe(400)
    expect(await errorOf(voidTheVoid)).toMatch(/cannot be voided/)
  })
})
