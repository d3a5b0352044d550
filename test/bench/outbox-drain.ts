import 'fake-indexeddb/auto'
import { IDBFactory } from 'fake-indexeddb'
import { createOutbox, openOutboxStorage, type OutboxStatement } from '../../src/xapi/outbox/index.ts'
import { AUTH, startLrs, statement } from '../lrs/lrs-harness.ts'

export interface DrainFigures {
  statements: number
  enqueueMs: number
  drainMs: number
  perSecond: number
}

/**
 * Outbox drain rate: `total` statements enqueued (durably), then drained in batches of 50 to the embedded
 * LRS on loopback. IndexedDB is fake-indexeddb in Node, so this measures the outbox's own logic and the LRS,
 * not a browser's storage engine.
 */
export async function measureOutboxDrain(total = 5000): Promise<DrainFigures> {
  const lrs = await startLrs()
  const storage = await openOutboxStorage(new IDBFactory())
  try {
    const outbox = createOutbox({ storage, fetch: (url, init) => fetch(url, init) })
    const target = { endpoint: lrs.endpoint, auth: AUTH }
    const statements = Array.from({ length: total }, () => statement() as unknown as OutboxStatement)
    const t0 = performance.now()
    for (let i = 0; i < total; i += 50) await outbox.enqueue(target, statements.slice(i, i + 50))
    const t1 = performance.now()
    while (outbox.status().pending > 0 || outbox.status().sending) {
      await outbox.flush()
      await outbox.whenIdle()
    }
    const t2 = performance.now()
    const stored = lrs.lrs.statements.query({ limit: 1, ascending: false }).statements.length
    if (!stored) throw new Error('nothing reached the LRS')
    return { statements: total, enqueueMs: t1 - t0, drainMs: t2 - t1, perSecond: total / ((t2 - t1) / 1000) }
  } finally {
    storage.close()
    await lrs.close()
  }
}
