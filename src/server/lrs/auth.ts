import { createHash, timingSafeEqual } from 'node:crypto'

/** Who a request acts as. cmi5 launch sessions may not void (cmi5 6.3); the LRS account may. */
export interface Principal {
  name: string
  canVoid: boolean
  /** A launch session may only write and read its own learner's statements and documents of its registration. */
  scope?: { agent: string; registration: string }
}

/** Answers who an Authorization header belongs to, or null when it belongs to nobody. */
export type Authenticate = (authorization: string | undefined) => Principal | null

const digest = (text: string) => createHash('sha256').update(text).digest()
/** Compares digests so that neither length nor content leaks through timing. */
export const sameSecret = (a: string, b: string) => timingSafeEqual(digest(a), digest(b))

export function basicCredentials(authorization: string | undefined): { username: string; password: string } | null {
  const match = /^Basic\s+([A-Za-z0-9+/=_-]+)\s*$/i.exec(authorization ?? '')
  if (!match?.[1]) return null
  const decoded = Buffer.from(match[1], 'base64').toString('utf8')
  const colon = decoded.indexOf(':')
  if (colon < 0) return null
  return { username: decoded.slice(0, colon), password: decoded.slice(colon + 1) }
}

export const basicAuthHeader = (username: string, password: string) =>
  `Basic ${Buffer.from(`${username}:${password}`).toString('base64')}`

/** The LRS account from configuration: full access, voiding included. */
export function accountAuthenticator(username: string, password: string): Authenticate {
  return (authorization) => {
    const given = basicCredentials(authorization)
    if (!given) return null
    // Evaluate both comparisons so that a wrong user name takes as long as a wrong password.
    const ok = [sameSecret(given.username, username), sameSecret(given.password, password)].every(Boolean)
    return ok ? { name: username, canVoid: true } : null
  }
}

/** Tries each authenticator in turn. */
export const anyOf =
  (...authenticators: Authenticate[]): Authenticate =>
  (authorization) => {
    for (const authenticate of authenticators) {
      const principal = authenticate(authorization)
      if (principal) return principal
    }
    return null
  }
