import 'fake-indexeddb/auto'
import { IDBFactory } from 'fake-indexeddb'
import { describe, expect, it } from 'vitest'
import type { FetchLike, OutboxStatement } from '../../../src/xapi/outbox/index.ts'
import { FakeClock, seededRandom } from './fake-clock.ts'
import { FakeLrs, INVALID_VERB, isFlaggedInvalid, makeStatement, routeTo, type Fault } from './fake-lrs.ts'
import { openSession, settle, type Session } from './session.ts'

/**
 * 1,000+ statements for two LRSs through a seeded mix of every failure the outbox is built for: refused
 * connections, answers lost after the LRS stored the batch, time-outs (before and after storing), 500s,
 * 503 and 429 with Retry-After (HTTP-date and seconds), revoked credentials, final keepalive flushes
 * and reloads in the middle of a drain. Time is a fake clock; nothing sleeps.
 */

const SEED = 0x5eed
const STATEMENTS = 1_000
const KEEPALIVE_BUDGET = 6 * 1024
const ENDPOINTS = ['https://lrs-a.example/xapi/', 'https://lrs-b.example/xapi/']

describe.each(['compare', 'conflict'] as const)('outbox soak (existing ids: %s)', (existingIds) => {
  it('loses nothing, stores nothing twice, quarantines exactly the invalid and keeps order', async () => {
    // Two streams: the scenario (bursts, events, weather) is the same whatever the LRS answers; the faults
    // are drawn per request.
    const random = seededRandom(SEED)
    const faultRandom = seededRandom(SEED + 2)

    const clock = new FakeClock()
    const factory = new IDBFactory()
    // One site per LRS: its fake LRS, the current token, and how many statements it was given.
    const sites = ENDPOINTS.map((endpoint, i) => {
      const auth = (token: number) => `Bearer ${i}-${token}`
      const lrs = new FakeLrs({
        endpoint,
        validAuth: [auth(1)],
        existingIds,
        isInvalid: isFlaggedInvalid,
        date: () => new Date(clock.now()).toUTCString(),
      })
      return { endpoint, lrs, auth, token: 1, enqueued: 0 }
    })
    const lrss = sites.map((site) => site.lrs)
    const siteAt = (i: number) => {
      const site = sites[i]
      if (!site) throw new Error(`no site ${i}`)
      return site
    }
    // Weather: calm spells (rare faults) alternate with storms (nearly every other request fails).
    let stormy = false
    const faultPlan = (): Fault | null => {
      const r = faultRandom()
      if (r > (stormy ? 0.5 : 0.04)) return null
      const kind = faultRandom()
      if (kind < 0.15) return 'drop'
      if (kind < 0.3) return 'drop-after'
      if (kind < 0.4) return 'hang'
      if (kind < 0.5) return 'hang-after'
      if (kind < 0.65) return { status: 500 }
      if (kind < 0.8) return { status: 503, retryAfter: new Date(clock.now() + 30_000).toUTCString() }
      return { status: 429, retryAfter: String(1 + Math.floor(faultRandom() * 90)) }
    }

    // The browser's view of keepalive: bytes of one page's keepalive requests in flight at once (a reload
    // starts a new page with its own quota, however long the old page's requests linger).
    let page = 0
    let keepaliveInFlight = 0
    let maxKeepaliveInFlight = 0
    const route = routeTo(lrss)
    const fetch: FetchLike = async (url, init) => {
      const mine = page
      const bytes = init.keepalive ? new TextEncoder().encode(String(init.body)).length : 0
      keepaliveInFlight += bytes
      maxKeepaliveInFlight = Math.max(maxKeepaliveInFlight, keepaliveInFlight)
      try {
        return await route(url, init)
      } finally {
        if (mine === page) keepaliveInFlight -= bytes
      }
    }

    const options = { keepaliveBudgetBytes: KEEPALIVE_BUDGET, random: seededRandom(SEED + 1) }
    let session: Session = await openSession(factory, clock, fetch, options)
    const drainNow = async (final = false) => {
      const done = session.outbox.flush({ final })
      await settle(session.outbox, lrss, clock)
      await done
    }

    const byId = new Map<string, { statement: OutboxStatement; site: number; index: number }>()
    const invalid = new Set<string>()
    const revoked = new Set<number>()
    const stats = { reloads: 0, finalFlushes: 0, finalKeepaliveRequests: 0, authPauses: 0 }

    const enqueueBurst = async (i: number, size: number, invalidRate = 0.015) => {
      const statements = Array.from({ length: size }, () => {
        const statement = makeStatement(byId.size)
        if (random() < invalidRate) {
          statement.verb = { id: INVALID_VERB, display: { 'en-US': 'invalid' } }
          invalid.add(statement.id)
        }
        byId.set(statement.id, { statement, site: i, index: siteAt(i).enqueued++ })
        return statement
      })
      await session.outbox.enqueue({ endpoint: siteAt(i).endpoint, auth: siteAt(i).auth(siteAt(i).token) }, statements)
    }
    // The app learns of new credentials (say, a relaunch from the LMS) and hands them to the outbox.
    const renewCredentials = async (i: number) => {
      const site = siteAt(i)
      site.token += 1
      site.lrs.validAuth.add(site.auth(site.token))
      await session.outbox.retarget(site.endpoint, site.auth(site.token))
      await settle(session.outbox, lrss, clock)
    }

    // The run opens with every failure mode at least once, whatever the seed: first answers lost after the
    // LRS stored clean batches (so stored statements are re-sent), then a pagehide flush, a revoked token and
    // a reload; the weather takes over from there.
    for (const [i, lrs] of lrss.entries()) {
      lrs.faults.push('drop-after', 'hang-after')
      await enqueueBurst(i, 10, 0)
      for (let round = 0; round < 5 && lrs.stored.size < 10; round++) {
        await drainNow()
        clock.advance(10 * 60_000)
      }
      expect(lrs.stored.size).toBe(10)
    }
    const opening = [0.6, 0.8, 0.7]
    for (let round = 0; byId.size < STATEMENTS; round++) {
      if (round === opening.length) {
        for (const lrs of lrss) {
          lrs.faults.push('drop', 'hang', { status: 500 }, { status: 429, retryAfter: '5' })
          lrs.faults.push({ status: 503, retryAfter: new Date(clock.now() + 30_000).toUTCString() })
          lrs.faultPlan = faultPlan
        }
      }
      if (random() < 0.25) stormy = !stormy
      const i = Math.floor(random() * ENDPOINTS.length)
      await enqueueBurst(i, 1 + Math.floor(random() * 20))

      const event = opening[round] ?? random()
      if (event < 0.25) {
        await drainNow()
      } else if (event < 0.45) {
        clock.advance(Math.floor(random() * 120_000)) // timers: the enqueue's drain, retries
        await settle(session.outbox, lrss, clock)
      } else if (event < 0.62) {
        // The learner finishes a step and leaves: a pagehide flush. All keepalive requests of it together
        // stay within the budget.
        await enqueueBurst(i, 1 + Math.floor(random() * 5))
        const before = new Set(lrss.flatMap((lrs) => lrs.requests))
        await drainNow(true)
        const sent = lrss.flatMap((lrs) => lrs.requests).filter((r) => !before.has(r))
        expect(sent.every((r) => r.keepalive)).toBe(true)
        expect(sent.reduce((sum, r) => sum + r.bytes, 0)).toBeLessThanOrEqual(KEEPALIVE_BUDGET)
        stats.finalFlushes += 1
        stats.finalKeepaliveRequests += sent.length
      } else if (event < 0.76) {
        // Reload in the middle of a drain: the page dies after a few requests (or while one hangs).
        const running = session.outbox.flush({ final: random() < 0.3 })
        const more = 1 + Math.floor(random() * 3)
        await Promise.race([
          running,
          ...lrss.map((lrs) => lrs.waitForRequests(lrs.requests.length + more)),
          ...lrss.map((lrs) => lrs.waitForHang()),
        ])
        session.kill()
        for (const lrs of lrss) lrs.forgetHangs()
        page += 1
        keepaliveInFlight = 0
        session = await openSession(factory, clock, fetch, options)
        stats.reloads += 1
      } else if (event < 0.81 && revoked.size === 0) {
        // The LMS session ends: the token stops working; the app learns it from a 401.
        revoked.add(i)
        siteAt(i).lrs.validAuth.clear()
        await drainNow()
      }

      if (session.outbox.status().paused === 'auth') {
        stats.authPauses += 1
        // While paused, the refused LRS gets nothing, however often the queue is kicked.
        const refused = [...revoked].map(siteAt).filter((site) => site.lrs.requests.at(-1)?.outcome === 401)
        expect(refused.length).toBeGreaterThan(0)
        const counts = refused.map((site) => site.lrs.requests.length)
        await drainNow()
        clock.advance(60_000)
        await settle(session.outbox, lrss, clock)
        expect(refused.map((site) => site.lrs.requests.length)).toEqual(counts)
        for (const r of revoked) await renewCredentials(r)
        revoked.clear()
        expect(session.outbox.status().paused).toBeNull()
      }
    }

    // The network heals; whatever is still queued goes out from the timers and flushes.
    for (const lrs of lrss) {
      lrs.faultPlan = null
      lrs.faults.length = 0
    }
    for (const r of revoked) await renewCredentials(r)
    for (let round = 0; round < 20; round++) {
      clock.advance(60 * 60_000)
      await drainNow()
      if (session.outbox.status().pending === 0) break
    }

    // 0 lost: every valid statement is in its LRS, exactly as enqueued; nothing else is there.
    const valid = [...byId].filter(([id]) => !invalid.has(id))
    for (const [id, { statement, site }] of valid) {
      expect(siteAt(site).lrs.stored.get(id)).toBe(JSON.stringify(statement))
    }
    expect(lrss.reduce((n, lrs) => n + lrs.stored.size, 0)).toBe(valid.length)
    // 0 stored twice.
    const storeCounts = lrss.flatMap((lrs) => [...lrs.storeCount.values()])
    expect(storeCounts.every((count) => count === 1)).toBe(true)
    // Exactly the invalid statements quarantined, and reported.
    expect(session.outbox.status()).toMatchObject({ pending: 0, quarantined: invalid.size, paused: null })
    expect(new Set((await session.outbox.quarantined()).map((r) => r.id))).toEqual(invalid)
    // Order: each LRS stored its statements in creation order.
    for (const lrs of lrss) {
      const indices = lrs.order.map((id) => byId.get(id)?.index ?? -1)
      expect(indices).toEqual([...indices].sort((x, y) => x - y))
    }
    // The browser's keepalive limit was never exceeded.
    expect(maxKeepaliveInFlight).toBeLessThanOrEqual(KEEPALIVE_BUDGET)

    // The run really exercised every failure mode.
    const outcomes = lrss.flatMap((lrs) => lrs.requests.map((r) => r.outcome))
    for (const outcome of ['drop', 'drop-after', 'hang', 'hang-after', 500, 503, 429, 401, 400, 200] as const) {
      expect(outcomes, `outcome ${outcome}`).toContain(outcome)
    }
    if (existingIds === 'conflict') expect(outcomes).toContain(409)
    expect(lrss.reduce((n, lrs) => n + lrs.resends, 0)).toBeGreaterThan(0) // lost answers were re-sent
    expect(stats.reloads).toBeGreaterThan(5)
    expect(stats.authPauses).toBeGreaterThan(0)
    expect(stats.finalKeepaliveRequests).toBeGreaterThan(0)
    expect(byId.size).toBeGreaterThanOrEqual(STATEMENTS)
  })
})
