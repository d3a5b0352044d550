import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { createForwarder } from '../../src/server/lrs/forwarder.ts'
import { ACCOUNT, startLrs, statement, XAPI_HEADERS } from './lrs-harness.ts'
import type { LrsUnderTest } from './lrs-harness.ts'

let local: LrsUnderTest
let upstream: LrsUnderTest
beforeAll(async () => {
  ;[local, upstream] = await Promise.all([startLrs(), startLrs()])
})
afterAll(() => Promise.all([local.close(), upstream.close()]))

const post = (t: LrsUnderTest, body: unknown) =>
  fetch(`${t.endpoint}statements`, {
    method: 'POST',
    headers: { ...XAPI_HEADERS, 'Content-Type': 'application/json' },
    body: JSON.stringify(body),
  })

/** A fetch to the upstream that fails in the scripted ways first, and counts what it carried. */
function flakyFetch(script: ('drop' | 500 | 503)[]) {
  const carried: string[] = []
  const f = (async (url: string | URL | Request, init?: RequestInit) => {
    const fault = script.shift()
    if (fault === 'drop') throw new TypeError('fetch failed')
    if (fault) return new Response('{}', { status: fault })
    const res = await fetch(url, init)
    if (res.ok) carried.push(...(JSON.parse(String(init?.body)) as { id: string }[]).map((s) => s.id))
    return res
  }) as typeof fetch
  return { fetch: f, carried }
}

const quick = { backoffMs: 5, maxBackoffMs: 20, idleMs: 5 }

describe('forwarding to an upstream LRS', () => {
  it('copies every statement, in order, through drops and 5xx, exactly once, and resumes after a restart', async () => {
    const first = Array.from({ length: 120 }, () => statement())
    expect((await post(local, first)).status).toBe(200)
    // The upstream already holds one of them (e.g. sent there before): re-sending it must not duplicate it.
    expect((await post(upstream, [first[60]])).status).toBe(200)

    const flaky = flakyFetch(['drop', 500, 503])
    const forwarder = createForwarder({
      db: local.lrs.db,
      upstream: { endpoint: upstream.endpoint, ...ACCOUNT },
      fetch: flaky.fetch,
      ...quick,
    })
    forwarder.start()
    await expect.poll(() => forwarder.status().behind, { timeout: 10_000 }).toBe(0)
    forwarder.stop()
    expect(flaky.carried.filter((id) => id !== first[60]?.id)).toEqual(
      first.map((s) => s.id).filter((id) => id !== first[60]?.id),
    )
    for (const s of first) expect(upstream.lrs.statements.get(s.id as string, false)).not.toBeNull()
    const stored = upstream.lrs.db.prepare<[], { n: number }>('SELECT count(*) AS n FROM statements').get()
    expect(stored?.n).toBe(120)
    // The upstream stamps its own authority: ours does not travel.
    expect(upstream.lrs.statements.get(first[0]?.id as string, false)?.authority).toMatchObject({
      account: { name: ACCOUNT.username },
    })

    // A restart (new forwarder, same database) sends only what came after.
    const later = Array.from({ length: 10 }, () => statement())
    await post(local, later)
    const again = flakyFetch([])
    const restarted = createForwarder({
      db: local.lrs.db,
      upstream: { endpoint: upstream.endpoint, ...ACCOUNT },
      fetch: again.fetch,
      ...quick,
    })
    restarted.start()
    await expect.poll(() => restarted.status().behind, { timeout: 10_000 }).toBe(0)
    restarted.stop()
    expect(again.carried).toEqual(later.map((s) => s.id))
  })

  it('holds statements while the upstream refuses the credentials, and says why', async () => {
    await post(local, [statement()])
    const forwarder = createForwarder({
      db: local.lrs.db,
      upstream: { endpoint: upstream.endpoint, username: ACCOUNT.username, password: 'wrong' },
      ...quick,
    })
    forwarder.start()
    await expect.poll(() => forwarder.status().lastError, { timeout: 5000 }).toBe('upstream answered 401')
    expect(forwarder.status().behind).toBe(1)
    forwarder.stop()
  })
})
