import type { Agent } from '@xapi/xapi'
import type { LaunchParameters } from './types.ts'

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i
const NAMES = ['endpoint', 'fetch', 'actor', 'registration', 'activityId'] as const

export type LaunchParametersResult = { ok: true; params: LaunchParameters } | { ok: false; error: string }

const isUrl = (text: string) => {
  try {
    return ['http:', 'https:'].includes(new URL(text).protocol)
  } catch {
    return false
  }
}

/**
 * The cmi5 launch parameters of a URL query (cmi5 8.1), or null when the page was not launched by an
 * LMS (none of them present). Some present but not all, or malformed, is an error that names the
 * parameter: the learner must relaunch from the LMS, and a half-launched session would lose results.
 */
export function readLaunchParameters(search: string): LaunchParametersResult | null {
  const query = new URLSearchParams(search)
  const present = NAMES.filter((n) => query.has(n))
  if (present.length === 0) return null
  const missing = NAMES.filter((n) => !query.get(n))
  if (missing.length > 0) return { ok: false, error: `The launch link lacks ${missing.join(', ')}.` }
  const [endpoint, fetchUrl, actorJson, registration, activityId] = NAMES.map((n) => query.get(n) ?? '') as [
    string,
    string,
    string,
    string,
    string,
  ]
  if (!isUrl(endpoint)) return { ok: false, error: `endpoint: expected an http(s) URL, got "${endpoint}".` }
  if (!isUrl(fetchUrl)) return { ok: false, error: `fetch: expected an http(s) URL, got "${fetchUrl}".` }
  if (!UUID.test(registration)) return { ok: false, error: `registration: expected a UUID, got "${registration}".` }
  if (!/^[a-z][a-z0-9+.-]*:\S+$/i.test(activityId)) {
    return { ok: false, error: `activityId: expected an IRI, got "${activityId}".` }
  }
  let actor: unknown
  try {
    actor = JSON.parse(actorJson)
  } catch {
    return { ok: false, error: 'actor: not valid JSON.' }
  }
  const account = (actor as { account?: { homePage?: unknown; name?: unknown } } | null)?.account
  if (typeof account?.homePage !== 'string' || typeof account.name !== 'string') {
    // cmi5 9.2: the LMS identifies the learner by an account.
    return { ok: false, error: 'actor: expected an Agent with an account {homePage, name}.' }
  }
  return {
    ok: true,
    params: {
      endpoint: endpoint.endsWith('/') ? endpoint : `${endpoint}/`,
      fetch: fetchUrl,
      actor: actor as Agent,
      registration,
      activityId,
    },
  }
}
