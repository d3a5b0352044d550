import { wrap, type DBSchema, type IDBPDatabase } from 'idb'
import type { OutboxStatement, OutboxTarget } from './send-statements.ts'

/**
 * The outbox's IndexedDB store. IndexedDB rather than localStorage: it is asynchronous (no jank in an XR
 * frame loop), has a far larger quota, and a readwrite transaction gives an explicit durability point.
 */

export type RecordState = 'pending' | 'quarantined'

export interface OutboxRecord {
  /** The statement id: the key, so adding the same statement twice cannot queue it twice. */
  id: string
  /** Creation order; delivery follows it. */
  seq: number
  target: OutboxTarget
  statement: OutboxStatement
  state: RecordState
  attempts: number
  /** Sent at least once: the LRS may hold it even though no answer said so. */
  tried: boolean
  nextAttemptAt: number
  lastError?: string
}

export interface NewOutboxEntry {
  target: OutboxTarget
  statement: OutboxStatement
}

export interface OutboxCounts {
  pending: number
  quarantined: number
}

export interface OutboxStorage {
  /** Resolves once the one transaction holding all of them has committed. Ids already stored are skipped. */
  add(entries: readonly NewOutboxEntry[]): Promise<number>
  /**
   * Pending records due at `now`, in seq order. A record still waiting for its retry time holds back the
   * later records of its target, so an LRS receives each target's statements in creation order.
   */
  pending(limit: number, now: number): Promise<OutboxRecord[]>
  /** Marks the records as sent once more (tried, attempts + 1). */
  markTried(ids: readonly string[]): Promise<void>
  remove(ids: readonly string[]): Promise<void>
  quarantine(id: string, error: string): Promise<void>
  reschedule(ids: readonly string[], nextAttemptAt: number, error: string): Promise<void>
  counts(): Promise<OutboxCounts>
  quarantined(): Promise<OutboxRecord[]>
  /** The earliest retry time after `after` among pending records, or null. */
  nextAttemptAt(after: number): Promise<number | null>
  /** New credentials for the same LRS: every record for `endpoint` gets `auth`. Returns how many changed. */
  retarget(endpoint: string, auth: string): Promise<number>
  close(): void
}

export const OUTBOX_DB_NAME = 'resus-outbox'
const DB_VERSION = 1
const STORE = 'statements'

interface OutboxSchema extends DBSchema {
  statements: {
    key: string
    value: OutboxRecord
    indexes: { seq: number; state: RecordState }
  }
}

/** Records with the same key are one delivery queue: same LRS, same credentials. */
export function targetKey(target: OutboxTarget): string {
  return `${target.endpoint}\n${target.auth}`
}

/**
 * Opens (creating on first use) the outbox database. The factory is injected so tests can give each case
 * a fresh fake-indexeddb and a "reload" can reopen the same one.
 */
export async function openOutboxStorage(
  factory: IDBFactory = globalThis.indexedDB,
  name: string = OUTBOX_DB_NAME,
): Promise<OutboxStorage> {
  const request = factory.open(name, DB_VERSION)
  request.addEventListener('upgradeneeded', () => {
    const store = request.result.createObjectStore(STORE, { keyPath: 'id' })
    store.createIndex('seq', 'seq', { unique: true })
    store.createIndex('state', 'state')
  })
  const db = (await wrap(request)) as unknown as IDBPDatabase<OutboxSchema>
  // Another tab upgrading the schema: let it, rather than block it forever.
  db.addEventListener('versionchange', () => db.close())
  return createStorage(db)
}

function createStorage(db: IDBPDatabase<OutboxSchema>): OutboxStorage {
  // 'strict' asks the browser to flush to disk before reporting success: an enqueued result must survive
  // a headset that powers off right after (Chrome's default durability is 'relaxed').
  const write = () => db.transaction(STORE, 'readwrite', { durability: 'strict' })

  const update = async (ids: readonly string[], change: (record: OutboxRecord) => OutboxRecord) => {
    const tx = write()
    const updates = ids.map(async (id) => {
      const record = await tx.store.get(id)
      if (record) await tx.store.put(change(record))
    })
    await Promise.all([...updates, tx.done])
  }

  return {
    async add(entries) {
      const tx = write()
      const last = await tx.store.index('seq').openCursor(null, 'prev')
      let seq = last?.value.seq ?? 0
      const seen = new Set<string>()
      let added = 0
      for (const { target, statement } of entries) {
        if (seen.has(statement.id)) continue
        seen.add(statement.id)
        // get-then-add inside one transaction: store.add would abort the whole batch on an existing key.
        if ((await tx.store.getKey(statement.id)) !== undefined) continue
        seq += 1
        added += 1
        await tx.store.add({
          id: statement.id,
          seq,
          target: { endpoint: target.endpoint, auth: target.auth },
          statement,
          state: 'pending',
          attempts: 0,
          tried: false,
          nextAttemptAt: 0,
        })
      }
      await tx.done
      return added
    },

    async pending(limit, now) {
      const all = await db.getAllFromIndex(STORE, 'seq')
      const blocked = new Set<string>()
      const due: OutboxRecord[] = []
      for (const record of all) {
        if (due.length >= limit) break
        if (record.state !== 'pending') continue
        const key = targetKey(record.target)
        if (blocked.has(key)) continue
        if (record.nextAttemptAt > now) blocked.add(key)
        else due.push(record)
      }
      return due
    },

    markTried: (ids) => update(ids, (r) => ({ ...r, tried: true, attempts: r.attempts + 1 })),

    async remove(ids) {
      const tx = write()
      await Promise.all([...ids.map((id) => tx.store.delete(id)), tx.done])
    },

    quarantine: (id, error) => update([id], (r) => ({ ...r, state: 'quarantined', lastError: error })),

    reschedule: (ids, nextAttemptAt, error) => update(ids, (r) => ({ ...r, nextAttemptAt, lastError: error })),

    async counts() {
      const tx = db.transaction(STORE, 'readonly')
      const state = tx.store.index('state')
      const [pending, quarantined] = await Promise.all([state.count('pending'), state.count('quarantined'), tx.done])
      return { pending, quarantined }
    },

    async quarantined() {
      const records = await db.getAllFromIndex(STORE, 'state', 'quarantined')
      return records.sort((a, b) => a.seq - b.seq)
    },

    async nextAttemptAt(after) {
      const records = await db.getAllFromIndex(STORE, 'state', 'pending')
      let next: number | null = null
      for (const { nextAttemptAt } of records) {
        if (nextAttemptAt > after && (next === null || nextAttemptAt < next)) next = nextAttemptAt
      }
      return next
    },

    async retarget(endpoint, auth) {
      const tx = write()
      const records = await tx.store.getAll()
      const stale = records.filter((r) => r.target.endpoint === endpoint && r.target.auth !== auth)
      await Promise.all([...stale.map((r) => tx.store.put({ ...r, target: { endpoint, auth } })), tx.done])
      return stale.length
    },

    close: () => db.close(),
  }
}
