import { createHash } from 'node:crypto'
import type { LrsDatabase } from './lrs-db.ts'

/** Where a State document lives: activity, agent (IFI key), registration ('' when none), state id. */
export interface StateKey {
  activityId: string
  agent: string
  registration: string
  stateId: string
}

export interface StateDocument {
  contentType: string
  content: Buffer
  etag: string
  updated: string
}

const etagOf = (content: Buffer) => `"${createHash('sha1').update(content).digest('hex')}"`

/** The xAPI State resource (Communication 2.3): one document per key, ETags for concurrency. */
export function createStateStore(db: LrsDatabase) {
  const sql = {
    get: db.prepare<
      [string, string, string, string],
      { content_type: string; content: Buffer; etag: string; updated: string }
    >(
      `SELECT content_type, content, etag, updated FROM state_documents
       WHERE activity_id = ? AND agent = ? AND registration = ? AND state_id = ?`,
    ),
    put: db.prepare(
      `INSERT INTO state_documents (activity_id, agent, registration, state_id, content_type, content, etag, updated)
       VALUES (@activityId, @agent, @registration, @stateId, @contentType, @content, @etag, @updated)
       ON CONFLICT (activity_id, agent, registration, state_id) DO UPDATE SET
         content_type = excluded.content_type, content = excluded.content, etag = excluded.etag, updated = excluded.updated`,
    ),
    ids: db.prepare<[string, string, string, string], { state_id: string }>(
      `SELECT state_id FROM state_documents WHERE activity_id = ? AND agent = ? AND registration = ? AND updated > ?
       ORDER BY state_id`,
    ),
    deleteOne: db.prepare(
      'DELETE FROM state_documents WHERE activity_id = ? AND agent = ? AND registration = ? AND state_id = ?',
    ),
    deleteAll: db.prepare('DELETE FROM state_documents WHERE activity_id = ? AND agent = ? AND registration = ?'),
  }

  const get = (k: StateKey): StateDocument | null => {
    const row = sql.get.get(k.activityId, k.agent, k.registration, k.stateId)
    return row ? { contentType: row.content_type, content: row.content, etag: row.etag, updated: row.updated } : null
  }

  return {
    get,
    put(k: StateKey, contentType: string, content: Buffer): StateDocument {
      const doc = { contentType, content, etag: etagOf(content), updated: new Date().toISOString() }
      sql.put.run({ ...k, ...doc })
      return doc
    },
    ids: (k: Omit<StateKey, 'stateId'>, since = '') =>
      sql.ids.all(k.activityId, k.agent, k.registration, since).map((r) => r.state_id),
    delete(k: StateKey) {
      sql.deleteOne.run(k.activityId, k.agent, k.registration, k.stateId)
    },
    deleteAll(k: Omit<StateKey, 'stateId'>) {
      sql.deleteAll.run(k.activityId, k.agent, k.registration)
    },
  }
}

export type StateStore = ReturnType<typeof createStateStore>
