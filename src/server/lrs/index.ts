import { accountAuthenticator, anyOf } from './auth.ts'
import { createLaunchSessions } from '../lms/launch-sessions.ts'
import { createAgentProfileStore } from './agent-profile-store.ts'
import { createForwarder } from './forwarder.ts'
import type { UpstreamLrs } from './forwarder.ts'
import { openLrsDatabase } from './lrs-db.ts'
import type { LrsDatabase } from './lrs-db.ts'
import { createStateStore } from './state-store.ts'
import { createStatementStore } from './statement-store.ts'
import { createXapiHandler } from './xapi-handler.ts'

export { basicAuthHeader } from './auth.ts'
export { CREDENTIALS_FILE, resolveLrsCredentials, type LrsCredentials } from './credentials.ts'
export { XAPI_VERSION } from './xapi-handler.ts'
export type { UpstreamLrs } from './forwarder.ts'

export interface EmbeddedLrsOptions {
  dataDir: string
  username: string
  password: string
  corsOrigins: string[] | '*'
  /** Another LRS that receives a copy of every statement (stand-alone install reporting to an organisation's LRS). */
  upstream?: UpstreamLrs
}

export const LRS_BASE_PATH = '/xapi/'

/** The embedded LRS: storage under `dataDir/lrs.sqlite` and the `/xapi/` request handler. */
export function createEmbeddedLrs(options: EmbeddedLrsOptions) {
  const db: LrsDatabase = openLrsDatabase(options.dataDir)
  const statements = createStatementStore(db)
  const state = createStateStore(db)
  const agentProfiles = createAgentProfileStore(db)
  const sessions = createLaunchSessions(db)
  const account = accountAuthenticator(options.username, options.password)
  const handle = createXapiHandler({
    statements,
    state,
    agentProfiles,
    authenticate: anyOf(
      account,
      // cmi5 launch tokens issued by the local LMS: scoped to one learner and registration.
      sessions.authenticate,
    ),
    corsOrigins: options.corsOrigins,
    basePath: LRS_BASE_PATH,
  })
  const forwarder = options.upstream ? createForwarder({ db, upstream: options.upstream }) : null
  forwarder?.start()
  return {
    db,
    statements,
    state,
    agentProfiles,
    handle,
    sessions,
    forwarder,
    authenticateAccount: account,
    close: () => {
      forwarder?.stop()
      db.close()
    },
  }
}

export type EmbeddedLrs = ReturnType<typeof createEmbeddedLrs>
