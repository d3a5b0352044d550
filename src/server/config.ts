import { resolve } from 'node:path'
import { fileURLToPath } from 'node:url'

/** The repository root, found from this file so that `npm start` works from any working directory. */
export const ROOT_DIR = fileURLToPath(new URL('../../', import.meta.url))

export interface ServerConfig {
  port: number
  /** Interface to bind; loopback by default so that a laptop does not expose the app to its network. */
  host: string
  /** Where the embedded LRS keeps its data (created at start). */
  dataDir: string
  distDir: string
  /** Browser origins allowed to call the embedded LRS (LRS_CORS_ORIGINS, comma-separated, or *). */
  corsOrigins: string[] | '*'
  /** Base IRI of the activity ids in statements (RESUS_ACTIVITY_BASE_IRI): an IRI the deployment controls. */
  activityBaseIri?: string
  /** An LRS that receives a copy of every statement (UPSTREAM_LRS_ENDPOINT, _USERNAME, _PASSWORD). */
  upstream?: { endpoint: string; username: string; password: string }
  /** Who may open the debrief (EDUCATOR_USERNAME, EDUCATOR_PASSWORD); default: the LRS account. */
  educators?: { username: string; password: string }[]
}

export const DEFAULT_PORT = 8080
export const DEFAULT_HOST = '127.0.0.1'
export const DEFAULT_DATA_DIR = './data'

function parseOrigins(raw: string | undefined): string[] | '*' {
  if (raw?.trim() === '*') return '*'
  const origins = (raw ?? '')
    .split(',')
    .map((o) => o.trim())
    .filter(Boolean)
  for (const origin of origins) {
    if (!/^https?:\/\/[^/]+$/.test(origin)) {
      throw new Error(`LRS_CORS_ORIGINS: "${origin}" is not an origin such as https://lms.example.org`)
    }
  }
  return origins
}

function parseIri(raw: string): string {
  if (!/^https?:\/\/\S+$/.test(raw)) {
    throw new Error(
      `RESUS_ACTIVITY_BASE_IRI: "${raw}" is not an http(s) IRI such as https://training.example.org/resus`,
    )
  }
  return raw.replace(/\/+$/, '')
}

function readUpstream(env: NodeJS.ProcessEnv): Pick<ServerConfig, 'upstream'> {
  const endpoint = env.UPSTREAM_LRS_ENDPOINT?.trim()
  if (!endpoint) return {}
  const username = env.UPSTREAM_LRS_USERNAME ?? ''
  const password = env.UPSTREAM_LRS_PASSWORD ?? ''
  if (!/^https?:\/\/\S+$/.test(endpoint)) {
    throw new Error(`UPSTREAM_LRS_ENDPOINT: "${endpoint}" is not a URL such as https://lrs.example.org/xapi/`)
  }
  if (!username || !password)
    throw new Error('UPSTREAM_LRS_ENDPOINT needs UPSTREAM_LRS_USERNAME and UPSTREAM_LRS_PASSWORD.')
  return { upstream: { endpoint, username, password } }
}

function readEducator(env: NodeJS.ProcessEnv): Pick<ServerConfig, 'educators'> {
  const username = env.EDUCATOR_USERNAME?.trim()
  const password = env.EDUCATOR_PASSWORD
  if (!username && !password) return {}
  if (!username || !password) throw new Error('Set both EDUCATOR_USERNAME and EDUCATOR_PASSWORD, or neither.')
  return { educators: [{ username, password }] }
}

/** Reads PORT, HOST, RESUS_DATA_DIR, LRS_CORS_ORIGINS, RESUS_ACTIVITY_BASE_IRI and UPSTREAM_LRS_*; relative data dirs resolve against `cwd`. Throws on a bad PORT. */
export function readConfig(env: NodeJS.ProcessEnv = process.env, cwd: string = process.cwd()): ServerConfig {
  const rawPort = env.PORT?.trim()
  const port = rawPort ? Number(rawPort) : DEFAULT_PORT
  if (!Number.isInteger(port) || port < 0 || port > 65_535) {
    throw new Error(`PORT must be a whole number from 0 to 65535 (got "${rawPort}")`)
  }
  return {
    port,
    host: env.HOST?.trim() || DEFAULT_HOST,
    dataDir: resolve(cwd, env.RESUS_DATA_DIR?.trim() || DEFAULT_DATA_DIR),
    distDir: resolve(ROOT_DIR, 'dist'),
    corsOrigins: parseOrigins(env.LRS_CORS_ORIGINS),
    ...(env.RESUS_ACTIVITY_BASE_IRI?.trim() && { activityBaseIri: parseIri(env.RESUS_ACTIVITY_BASE_IRI.trim()) }),
    ...readUpstream(env),
    ...readEducator(env),
  }
}
