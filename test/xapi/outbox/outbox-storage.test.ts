import 'fake-indexeddb/auto'
import { IDBFactory } from 'fake-indexeddb'
import { describe, expect, it } from 'vitest'
import { openOutboxStorage, type OutboxTarget } from '../../../src/xapi/outbox/index.ts'
import { makeStatement, must } from './fake-lrs.ts'

type S = ReturnType<typeof makeStatement>

const A: OutboxTarget = { endpoint: 'https://a.example/xapi/', auth: 'Basic YQ==' }
const B: OutboxTarget = { endpoint: 'https://b.example/xapi/', auth: 'Basic Yg==' }

describe('outbox storage', () => {
  it('adds idempotently by statement id: no duplicate, no overwrite', async () => {
    const storage = await openOutboxStorage(new IDBFactory())
    const first = makeStatement(1)
    const second = makeStatement(2)
    expect(
      await storage.add([
        { target: A, statement: first },
        { target: A, statement: first },
      ]),
    ).toBe(1)
    const changed = { ...first, verb: { id: 'http://adlnet.gov/expapi/verbs/voided' } }
    expect(
      await storage.add([
        { target: B, statement: changed },
        { target: A, statement: second },
      ]),
    ).toBe(1)

    const pending = await storage.pending(100, 0)
    expect(pending.map((r) => r.id)).toEqual([first.id, second.id])
    expect(pending[0]).toMatchObject({ statement: first, target: A, state: 'pending', attempts: 0, tried: false })
    expect(await storage.counts()).toEqual({ pending: 2, quarantined: 0 })
  })

  it('keeps creation order (seq) and every flag across a re-open of the same database', async () => {
    const factory = new IDBFactory()
    const storage = await openOutboxStorage(factory)
    const statements = Array.from({ length: 30 }, (_, i) => makeStatement(i))
    for (let i = 0; i < 30; i += 7) {
      await storage.add(statements.slice(i, i + 7).map((statement, j) => ({ target: j % 2 ? A : B, statement })))
    }
    await storage.markTried([must(statements[3]).id])
    await storage.remove([must(statements[0]).id])
    await storage.quarantine(must(statements[1]).id, 'HTTP 400')
    storage.close()

    const reopened = await openOutboxStorage(factory)
    const pending = await reopened.pending(100, 0)
    expect(pending.map((r) => r.id)).toEqual(statements.slice(2).map((s) => s.id))
    expect(pending.map((r) => r.seq)).toEqual([...pending.map((r) => r.seq)].sort((x, y) => x - y))
    expect(pending.find((r) => r.id === must(statements[3]).id)).toMatchObject({ tried: true, attempts: 1 })
    expect(await reopened.quarantined()).toEqual([
      expect.objectContaining({ id: must(statements[1]).id, state: 'quarantined', lastError: 'HTTP 400' }),
    ])
    expect(await reopened.counts()).toEqual({ pending: 28, quarantined: 1 })

    // New records continue after the highest seq, even once the earliest are gone.
    const late = makeStatement(99)
    await reopened.add([{ target: A, statement: late }])
    expect((await reopened.pending(100, 0)).at(-1)?.id).toBe(late.id)
  })

  it('a record waiting for its retry time holds back the later records of its target only', async () => {
    const storage = await openOutboxStorage(new IDBFactory())
    const [a1, a2, b1, a3, b2] = [1, 2, 3, 4, 5].map((i) => makeStatement(i)) as [S, S, S, S, S]
    await storage.add([
      { target: A, statement: a1 },
      { target: A, statement: a2 },
      { target: B, statement: b1 },
      { target: A, statement: a3 },
      { target: B, statement: b2 },
    ])
    await storage.reschedule([a2.id], 5_000, 'HTTP 503')
    expect((await storage.pending(100, 1_000)).map((r) => r.id)).toEqual([a1.id, b1.id, b2.id])
    expect((await storage.pending(2, 1_000)).map((r) => r.id)).toEqual([a1.id, b1.id])
    expect((await storage.pending(100, 5_000)).map((r) => r.id)).toEqual([a1, a2, b1, a3, b2].map((s) => s.id))
    expect(await storage.nextAttemptAt(1_000)).toBe(5_000)
    expect(await storage.nextAttemptAt(5_000)).toBeNull()
    // A quarantined record holds nothing back.
    await storage.quarantine(a1.id, 'HTTP 400')
    expect((await storage.pending(100, 5_000))[0]?.id).toBe(a2.id)
  })

  it('retargets every record of an endpoint, and only those', async () => {
    const storage = await openOutboxStorage(new IDBFactory())
    await storage.add([
      { target: A, statement: makeStatement(1) },
      { target: B, statement: makeStatement(2) },
    ])
    expect(await storage.retarget(A.endpoint, 'Bearer new')).toBe(1)
    const targets = (await storage.pending(10, 0)).map((r) => r.target)
    expect(targets).toEqual([{ endpoint: A.endpoint, auth: 'Bearer new' }, B])
  })

  it('rejects nothing when the same id is marked or removed twice, and ignores unknown ids', async () => {
    const storage = await openOutboxStorage(new IDBFactory())
    const s = makeStatement(1)
    await storage.add([{ target: A, statement: s }])
    await storage.markTried([s.id, 'unknown'])
    await storage.markTried([s.id])
    expect((await storage.pending(1, 0))[0]).toMatchObject({ tried: true, attempts: 2 })
    await storage.remove([s.id, s.id, 'unknown'])
    expect(await storage.counts()).toEqual({ pending: 0, quarantined: 0 })
  })
})
