import { randomBytes } from 'node:crypto'
import type { IncomingMessage } from 'node:http'
import { sameSecret } from '../lrs/auth.ts'

export const SESSION_COOKIE = 'resus_debrief'
/** A working day: an educator signs in once per teaching session. */
const SESSION_TTL_MS = 8 * 60 * 60_000

export interface EducatorAccount {
  username: string
  password: string
}

/**
 * Educator sign-in for the debrief: accounts come from configuration, like the LRS's; a sign-in gives
 * an HttpOnly, SameSite=Strict cookie, so learners' results are not open to whoever reaches the port.
 * Sessions live in memory: a restart asks educators to sign in again.
 */
export function createEducatorSessions(accounts: readonly EducatorAccount[], now: () => number = Date.now) {
  const sessions = new Map<string, { username: string; expires: number }>()

  const cookieOf = (req: IncomingMessage) =>
    (req.headers.cookie ?? '')
      .split(';')
      .map((c) => c.trim().split('='))
      .find(([name]) => name === SESSION_COOKIE)?.[1]

  return {
    signIn(username: string, password: string): string | null {
      // Check every account, so timing does not tell which user names exist.
      const matches = accounts.map((a) => sameSecret(a.username, username) && sameSecret(a.password, password))
      if (!matches.some(Boolean)) return null
      const token = randomBytes(24).toString('base64url')
      sessions.set(token, { username, expires: now() + SESSION_TTL_MS })
      return token
    },
    /** The signed-in educator of a request, or null. */
    educatorOf(req: IncomingMessage): string | null {
      const token = cookieOf(req)
      const session = token ? sessions.get(token) : undefined
      if (!session || session.expires < now()) {
        if (token) sessions.delete(token)
        return null
      }
      return session.username
    },
    signOut(req: IncomingMessage) {
      const token = cookieOf(req)
      if (token) sessions.delete(token)
    },
    /** `secure`: the request came over HTTPS, so the browser must never send the cookie over plain HTTP. */
    cookie: (token: string, secure = false) =>
      `${SESSION_COOKIE}=${token}; HttpOnly; SameSite=Strict; Path=/api/debrief; Max-Age=${SESSION_TTL_MS / 1000}` +
      (secure ? '; Secure' : ''),
    clearCookie: `${SESSION_COOKIE}=; HttpOnly; SameSite=Strict; Path=/api/debrief; Max-Age=0`,
  }
}

export type EducatorSessions = ReturnType<typeof createEducatorSessions>
