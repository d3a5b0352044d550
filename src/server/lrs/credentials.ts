import { randomBytes } from 'node:crypto'
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'

export interface LrsCredentials {
  username: string
  password: string
  /** Where they came from, for the start-up message. */
  source: 'environment' | 'file' | 'generated'
  file: string
}

export const CREDENTIALS_FILE = 'lrs-credentials.json'

/**
 * The LRS's Basic-auth account: LRS_USERNAME and LRS_PASSWORD when both are set; else the
 * `lrs-credentials.json` config file under the data directory; else a new random password written to
 * that file once (mode 0600), so a fresh install is never open with a default password.
 */
export function resolveLrsCredentials(env: NodeJS.ProcessEnv, dataDir: string): LrsCredentials {
  const file = join(dataDir, CREDENTIALS_FILE)
  const username = env.LRS_USERNAME?.trim()
  const password = env.LRS_PASSWORD
  if (username && password) return { username, password, source: 'environment', file }
  if (username || password) throw new Error('Set both LRS_USERNAME and LRS_PASSWORD, or neither.')
  if (existsSync(file)) {
    let parsed: unknown
    try {
      parsed = JSON.parse(readFileSync(file, 'utf8'))
    } catch (error) {
      throw new Error(`${file}: not valid JSON (${(error as Error).message})`, { cause: error })
    }
    const { username: u, password: p } = (parsed ?? {}) as Record<string, unknown>
    if (typeof u !== 'string' || !u || typeof p !== 'string' || !p) {
      throw new Error(`${file}: expected {"username": "...", "password": "..."} with non-empty strings`)
    }
    return { username: u, password: p, source: 'file', file }
  }
  mkdirSync(dataDir, { recursive: true })
  const generated = { username: 'resus', password: randomBytes(18).toString('base64url') }
  writeFileSync(file, `${JSON.stringify(generated, null, 2)}\n`, { mode: 0o600, flag: 'wx' })
  return { ...generated, source: 'generated', file }
}
