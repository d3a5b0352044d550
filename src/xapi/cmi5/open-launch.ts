import { clockOffsetFrom } from '../clock.ts'
import type { LaunchData, LaunchParameters, LearnerPreferences } from './types.ts'
import { LAUNCH_DATA_STATE_ID, LEARNER_PREFERENCES_PROFILE_ID } from './types.ts'

/** What an opened cmi5 session keeps, in sessionStorage, so that a reload resumes it (cmi5 best practice 17). */
export interface Cmi5Launch {
  params: LaunchParameters
  /** `Basic <token>`: the Authorization header for every LRS request of this session. */
  auth: string
  launchData: LaunchData
  preferences: LearnerPreferences
  sessionId: string
  /** LRS clock minus local clock, ms. */
  clockOffsetMs: number
  /** Local epoch ms when the session was first opened (for the durations of completed/terminated). */
  openedAt: number
  /** cmi5 defined verbs already sent in this session (never twice). */
  sent: string[]
}

export class Cmi5LaunchError extends Error {}

export interface OpenLaunchIo {
  fetch: typeof fetch
  storage: Pick<Storage, 'getItem' | 'setItem'>
  now: () => number
}

const storageKey = (p: LaunchParameters) => `resus.cmi5.${p.registration}.${p.activityId}`
const SESSION_ID_EXTENSION = 'https://w3id.org/xapi/cmi5/context/extensions/sessionid'

/**
 * Opens a cmi5 session: the auth token from the one-time fetch URL, then LMS.LaunchData and the
 * learner preferences from the LRS. A reload of the same registration rehydrates instead, since the
 * fetch URL answers only once.
 */
export async function openCmi5Launch(params: LaunchParameters, io: OpenLaunchIo): Promise<Cmi5Launch> {
  const saved = io.storage.getItem(storageKey(params))
  if (saved) return JSON.parse(saved) as Cmi5Launch

  const tokenResponse = await io.fetch(params.fetch, { method: 'POST' }).catch(() => {
    throw new Cmi5LaunchError('The LMS could not be reached to start this session. Check the connection and relaunch.')
  })
  const tokenBody = (await tokenResponse.json().catch(() => ({}))) as Record<string, string>
  const token = tokenBody['auth-token']
  if (!tokenResponse.ok || !token) {
    const reason = tokenBody['error-text'] ?? `the LMS answered ${tokenResponse.status}`
    throw new Cmi5LaunchError(`This launch link cannot start a session (${reason}). Relaunch from the LMS.`)
  }
  const auth = `Basic ${token}`
  const headers = { Authorization: auth, 'X-Experience-API-Version': '1.0.3' }
  const agent = encodeURIComponent(JSON.stringify(params.actor))

  const stateUrl =
    `${params.endpoint}activities/state?stateId=${LAUNCH_DATA_STATE_ID}&activityId=${encodeURIComponent(params.activityId)}` +
    `&agent=${agent}&registration=${params.registration}`
  const launchResponse = await io.fetch(stateUrl, { headers })
  if (!launchResponse.ok) {
    throw new Cmi5LaunchError(`The LMS's launch data could not be read (LRS answered ${launchResponse.status}).`)
  }
  const launchData = (await launchResponse.json()) as LaunchData
  const sessionId = launchData.contextTemplate?.extensions?.[SESSION_ID_EXTENSION]
  if (typeof sessionId !== 'string') {
    throw new Cmi5LaunchError('The LMS launch data has no session id in its context template (cmi5 10.2.1).')
  }

  // Preferences are optional: a 404 (none set, or an LRS without the Agent Profile resource) means defaults.
  const prefsUrl = `${params.endpoint}agents/profile?profileId=${LEARNER_PREFERENCES_PROFILE_ID}&agent=${agent}`
  const prefsResponse = await io.fetch(prefsUrl, { headers }).catch(() => null)
  const preferences = prefsResponse?.ok ? ((await prefsResponse.json().catch(() => ({}))) as LearnerPreferences) : {}

  const launch: Cmi5Launch = {
    params,
    auth,
    launchData,
    preferences,
    sessionId,
    clockOffsetMs: clockOffsetFrom(launchResponse.headers.get('date'), io.now()),
    openedAt: io.now(),
    sent: [],
  }
  io.storage.setItem(storageKey(params), JSON.stringify(launch))
  return launch
}

/** Records that a defined verb was sent (persisted first, so a reload never sends it again). */
export function markSent(launch: Cmi5Launch, verb: string, storage: Pick<Storage, 'setItem'>): void {
  if (!launch.sent.includes(verb)) launch.sent.push(verb)
  storage.setItem(storageKey(launch.params), JSON.stringify(launch))
}
