import Database from 'better-sqlite3'
import { mkdirSync } from 'node:fs'
import { join } from 'node:path'

export type LrsDatabase = Database.Database

/** Schema version in `PRAGMA user_version`; bump it with a migration step below. */
const SCHEMA_VERSION = 3

const SCHEMA_V1 = `
CREATE TABLE statements (
  seq INTEGER PRIMARY KEY AUTOINCREMENT,
  id TEXT NOT NULL UNIQUE,
  stored TEXT NOT NULL,
  timestamp TEXT NOT NULL,
  verb TEXT NOT NULL,
  registration TEXT,
  voided INTEGER NOT NULL DEFAULT 0,
  voiding_target TEXT,
  -- the statement as received, for the immutability comparison of a re-sent id
  received TEXT NOT NULL,
  -- the statement as stored (with stored, authority, timestamp, version)
  body TEXT NOT NULL
);
CREATE INDEX statements_verb ON statements (verb, seq);
CREATE INDEX statements_registration ON statements (registration, seq);
CREATE INDEX statements_voiding_target ON statements (voiding_target);
-- related = 0: actor or object; 1: anywhere else (authority, instructor, team, sub-statement)
CREATE TABLE statement_agents (seq INTEGER NOT NULL, agent TEXT NOT NULL, related INTEGER NOT NULL);
CREATE INDEX statement_agents_agent ON statement_agents (agent, seq);
-- related = 0: the object; 1: context activities or a sub-statement's object
CREATE TABLE statement_activities (seq INTEGER NOT NULL, activity TEXT NOT NULL, related INTEGER NOT NULL);
CREATE INDEX statement_activities_activity ON statement_activities (activity, seq);
CREATE TABLE state_documents (
  activity_id TEXT NOT NULL,
  agent TEXT NOT NULL,
  registration TEXT NOT NULL DEFAULT '',
  state_id TEXT NOT NULL,
  content_type TEXT NOT NULL,
  content BLOB NOT NULL,
  etag TEXT NOT NULL,
  updated TEXT NOT NULL,
  PRIMARY KEY (activity_id, agent, registration, state_id)
);
`

/** v2: sessions of the local cmi5 LMS (one-time fetch codes, tokens) and Agent Profile documents. */
const SCHEMA_V2 = `
CREATE TABLE launch_sessions (
  registration TEXT NOT NULL,
  session_id TEXT PRIMARY KEY,
  actor TEXT NOT NULL,
  actor_key TEXT NOT NULL,
  activity_id TEXT NOT NULL,
  scenario_id TEXT NOT NULL,
  launch_mode TEXT NOT NULL,
  fetch_code_hash TEXT NOT NULL UNIQUE,
  token_hash TEXT NOT NULL UNIQUE,
  fetched INTEGER NOT NULL DEFAULT 0,
  created TEXT NOT NULL
);
CREATE INDEX launch_sessions_registration ON launch_sessions (registration);
CREATE TABLE agent_profiles (
  agent TEXT NOT NULL,
  profile_id TEXT NOT NULL,
  content_type TEXT NOT NULL,
  content BLOB NOT NULL,
  etag TEXT NOT NULL,
  updated TEXT NOT NULL,
  PRIMARY KEY (agent, profile_id)
);
`

/** v3: forwarding to an upstream LRS: how far each upstream endpoint got, and what it refused. */
const SCHEMA_V3 = `
CREATE TABLE forward_cursor (endpoint TEXT PRIMARY KEY, last_seq INTEGER NOT NULL);
CREATE TABLE forward_rejects (endpoint TEXT NOT NULL, seq INTEGER NOT NULL, reason TEXT NOT NULL, at TEXT NOT NULL);
`

/**
 * Opens (and creates or migrates) the LRS database under `dataDir`. WAL with synchronous=FULL: a
 * transaction is on disk when commit returns, and every write answers only after its commit, so no
 * acknowledged statement is lost when the process is killed (or the machine loses power).
 */
export function openLrsDatabase(dataDir: string): LrsDatabase {
  mkdirSync(dataDir, { recursive: true })
  const db = new Database(join(dataDir, 'lrs.sqlite'))
  db.pragma('journal_mode = WAL')
  db.pragma('synchronous = FULL')
  db.pragma('foreign_keys = ON')
  const version = db.pragma('user_version', { simple: true }) as number
  if (version > SCHEMA_VERSION) {
    db.close()
    throw new Error(
      `${join(dataDir, 'lrs.sqlite')} was written by a newer Resus (schema ${version}); upgrade Resus to open it.`,
    )
  }
  const migrations = [SCHEMA_V1, SCHEMA_V2, SCHEMA_V3]
  db.transaction(() => {
    for (let v = version; v < SCHEMA_VERSION; v++) db.exec(migrations[v] ?? '')
    db.pragma(`user_version = ${SCHEMA_VERSION}`)
  })()
  return db
}
