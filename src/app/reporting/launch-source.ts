import { readLaunchParameters } from '../../xapi/cmi5/launch-params.ts'
import type { LaunchParameters } from '../../xapi/cmi5/types.ts'

const CURRENT_LAUNCH_KEY = 'resus.cmi5.current'
const LAUNCH_PARAMS = ['endpoint', 'fetch', 'actor', 'registration', 'activityId']

export type LaunchSource =
  { kind: 'lms'; params: LaunchParameters } | { kind: 'none' } | { kind: 'invalid'; error: string }

/**
 * The LMS launch this tab belongs to. The launch parameters are read once from the URL, kept in
 * sessionStorage (so a reload, or in-app navigation that drops the query, stays in the same
 * session) and removed from the address bar, which should not show a learner's launch link.
 */
export function readLaunchSource(location: Location, history: History, storage: Storage): LaunchSource {
  const fromUrl = readLaunchParameters(location.search)
  if (fromUrl && !fromUrl.ok) return { kind: 'invalid', error: fromUrl.error }
  if (fromUrl?.ok) {
    storage.setItem(CURRENT_LAUNCH_KEY, JSON.stringify(fromUrl.params))
    const query = new URLSearchParams(location.search)
    for (const name of LAUNCH_PARAMS) query.delete(name)
    const rest = query.toString()
    history.replaceState(history.state, '', `${location.pathname}${rest ? `?${rest}` : ''}${location.hash}`)
    return { kind: 'lms', params: fromUrl.params }
  }
  const saved = storage.getItem(CURRENT_LAUNCH_KEY)
  return saved ? { kind: 'lms', params: JSON.parse(saved) as LaunchParameters } : { kind: 'none' }
}

/** The scenario an AU activity id names, when it follows our `<base>/scenarios/<id>` pattern. */
export function scenarioOfActivity(activityId: string): { baseIri: string; scenarioId: string } | null {
  const match = /^(.*)\/scenarios\/([^/]+)$/.exec(activityId)
  return match?.[1] && match[2] ? { baseIri: match[1], scenarioId: decodeURIComponent(match[2]) } : null
}
