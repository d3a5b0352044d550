import { accountAuthenticator, anyOf } from './auth.ts'
import type { Authenticate } from './auth.ts'
import { openLrsDatabase } from './lrs-db.ts'
import type { LrsDatabase } from './lrs-db.ts'
import { createStateStore } from './state-store.ts'
import { createStatementStore } from './statement-store.ts'
import { createXapiHandler } from './xapi-handler.ts'

export { basicAuthHeader } from './auth.ts'
export { CREDENTIALS_FILE, resolveLrsCredentials, type LrsCredentials } from './credentials.ts'
export { XAPI_VERSION } from './xapi-handler.ts'

export interface EmbeddedLrsOptions {
  dataDir: string
  username: string
  password: string
  corsOrigins: string[] | '*'
  /** Further ways in, e.g. cmi5 launch tokens issued by the local LMS. */
  extraAuthenticators?: Authenticate[]
}

export const LRS_BASE_PATH = '/xapi/'

/** The embedded LRS: storage under `dataDir/lrs.sqlite` and the `/xapi/` request handler. */
export function createEmbeddedLrs(options: EmbeddedLrsOptions) {
  const db: LrsDatabase = openLrsDatabase(options.dataDir)
  const statements = createStatementStore(db)
  const state = createStateStore(db)
  const handle = createXapiHandler({
    statements,
    state,
    authenticate: anyOf(
      accountAuthenticator(options.username, options.password),
      ...(options.extraAuthenticators ?? []),
    ),
    corsOrigins: options.corsOrigins,
    basePath: LRS_BASE_PATH,
  })
  return { db, statements, state, handle, close: () => db.close() }
}

export type EmbeddedLrs = ReturnType<typeof createEmbeddedLrs>
