import { createHash } from 'node:crypto'
import type { LrsDatabase } from './lrs-db.ts'
import type { StateDocument } from './state-store.ts'

/** The xAPI Agent Profile resource (Communication 2.6): cmi5 keeps learner preferences there. */
export function createAgentProfileStore(db: LrsDatabase) {
  const sql = {
    get: db.prepare<[string, string], { content_type: string; content: Buffer; etag: string; updated: string }>(
      'SELECT content_type, content, etag, updated FROM agent_profiles WHERE agent = ? AND profile_id = ?',
    ),
    put: db.prepare(
      `INSERT INTO agent_profiles (agent, profile_id, content_type, content, etag, updated)
       VALUES (@agent, @profileId, @contentType, @content, @etag, @updated)
       ON CONFLICT (agent, profile_id) DO UPDATE SET
         content_type = excluded.content_type, content = excluded.content, etag = excluded.etag, updated = excluded.updated`,
    ),
    ids: db.prepare<[string, string], { profile_id: string }>(
      'SELECT profile_id FROM agent_profiles WHERE agent = ? AND updated > ? ORDER BY profile_id',
    ),
    delete: db.prepare('DELETE FROM agent_profiles WHERE agent = ? AND profile_id = ?'),
  }
  return {
    get(agent: string, profileId: string): StateDocument | null {
      const row = sql.get.get(agent, profileId)
      return row ? { contentType: row.content_type, content: row.content, etag: row.etag, updated: row.updated } : null
    },
    put(agent: string, profileId: string, contentType: string, content: Buffer): StateDocument {
      const doc = {
        contentType,
        content,
        etag: `"${createHash('sha1').update(content).digest('hex')}"`,
        updated: new Date().toISOString(),
      }
      sql.put.run({ agent, profileId, ...doc })
      return doc
    },
    ids: (agent: string, since = '') => sql.ids.all(agent, since).map((r) => r.profile_id),
    delete(agent: string, profileId: string) {
      sql.delete.run(agent, profileId)
    },
  }
}

export type AgentProfileStore = ReturnType<typeof createAgentProfileStore>
