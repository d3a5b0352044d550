import { join, resolve } from 'node:path'
import { fileURLToPath } from 'node:url'

/** The repository root, found from this file so that `npm start` works from any working directory. */
export const ROOT_DIR = fileURLToPath(new URL('../../', import.meta.url))

export interface ServerConfig {
  port: number
  /**
   * Interface to bind; loopback by default so that a laptop does not expose the app to its network, but all
   * IPv4 interfaces (0.0.0.0) when HTTPS is on and HOST is unset: HTTPS is there so a headset can reach it.
   */
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
  /** Serve HTTPS instead of HTTP (RESUS_HTTPS), with a certificate given or one generated into the data dir. */
  https?: TlsSource
}

/**
 * Where the HTTPS certificate comes from: files given in RESUS_TLS_CERT and RESUS_TLS_KEY (mkcert, an
 * organisation's PKI), or a self-signed one that Resus generates and keeps in `dir` (<data dir>/tls).
 */
export type TlsSource = { kind: 'provided'; certFile: string; keyFile: string } | { kind: 'generated'; dir: string }

export const DEFAULT_PORT = 8080
export const DEFAULT_HOST = '127.0.0.1'
export const DEFAULT_DATA_DIR = './data'
/** With HTTPS on, the default bind: every IPv4 interface, so that a headset on the network can open the app. */
export const DEFAULT_HTTPS_HOST = '0.0.0.0'

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

function parseSwitch(name: string, raw: string | undefined): boolean | undefined {
  const value = raw?.trim().toLowerCase()
  if (!value) return undefined
  if (['1', 'true', 'yes', 'on'].includes(value)) return true
  if (['0', 'false', 'no', 'off'].includes(value)) return false
  throw new Error(`${name} must be 1 or true to turn it on, 0 or false to turn it off (got "${raw}")`)
}

/** RESUS_HTTPS, RESUS_TLS_CERT and RESUS_TLS_KEY; a certificate and key given turn HTTPS on by themselves. */
function readHttps(env: NodeJS.ProcessEnv, cwd: string, dataDir: string): Pick<ServerConfig, 'https'> {
  const enabled = parseSwitch('RESUS_HTTPS', env.RESUS_HTTPS)
  const certFile = env.RESUS_TLS_CERT?.trim()
  const keyFile = env.RESUS_TLS_KEY?.trim()
  if (certFile && !keyFile) {
    throw new Error(`RESUS_TLS_CERT is set (${certFile}) but RESUS_TLS_KEY is not: set both, or neither.`)
  }
  if (keyFile && !certFile) {
    throw new Error(`RESUS_TLS_KEY is set (${keyFile}) but RESUS_TLS_CERT is not: set both, or neither.`)
  }
  if (certFile && keyFile) {
    if (enabled === false) {
      throw new Error('RESUS_HTTPS is off but RESUS_TLS_CERT and RESUS_TLS_KEY are set: unset them or the switch.')
    }
    return { https: { kind: 'provided', certFile: resolve(cwd, certFile), keyFile: resolve(cwd, keyFile) } }
  }
  return enabled ? { https: { kind: 'generated', dir: join(dataDir, 'tls') } } : {}
}

/**
 * Reads PORT, HOST, RESUS_DATA_DIR, LRS_CORS_ORIGINS, RESUS_ACTIVITY_BASE_IRI, UPSTREAM_LRS_*, EDUCATOR_* and
 * RESUS_HTTPS, RESUS_TLS_CERT, RESUS_TLS_KEY; relative paths resolve against `cwd`. Throws on a bad value.
 */
export function readConfig(env: NodeJS.ProcessEnv = process.env, cwd: string = process.cwd()): ServerConfig {
  const rawPort = env.PORT?.trim()
  const port = rawPort ? Number(rawPort) : DEFAULT_PORT
  if (!Number.isInteger(port) || port < 0 || port > 65_535) {
    throw new Error(`PORT must be a whole number from 0 to 65535 (got "${rawPort}")`)
  }
  const dataDir = resolve(cwd, env.RESUS_DATA_DIR?.trim() || DEFAULT_DATA_DIR)
  const https = readHttps(env, cwd, dataDir)
  return {
    port,
    host: env.HOST?.trim() || (https.https ? DEFAULT_HTTPS_HOST : DEFAULT_HOST),
    dataDir,
    distDir: resolve(ROOT_DIR, 'dist'),
    corsOrigins: parseOrigins(env.LRS_CORS_ORIGINS),
    ...(env.RESUS_ACTIVITY_BASE_IRI?.trim() && { activityBaseIri: parseIri(env.RESUS_ACTIVITY_BASE_IRI.trim()) }),
    ...readUpstream(env),
    ...readEducator(env),
    ...https,
  }
}
