import type { Agent, Context } from '@xapi/xapi'

export type LaunchMode = 'Normal' | 'Browse' | 'Review'
export type MoveOn = 'Passed' | 'Completed' | 'CompletedAndPassed' | 'CompletedOrPassed' | 'NotApplicable'
export const MOVE_ON_VALUES: readonly MoveOn[] = [
  'Passed',
  'Completed',
  'CompletedAndPassed',
  'CompletedOrPassed',
  'NotApplicable',
]
export const LAUNCH_MODES: readonly LaunchMode[] = ['Normal', 'Browse', 'Review']

/** The five query parameters an LMS appends to the AU's URL (cmi5 8.1). */
export interface LaunchParameters {
  endpoint: string
  fetch: string
  actor: Agent
  registration: string
  activityId: string
}

/** The `LMS.LaunchData` State document (cmi5 10.2). */
export interface LaunchData {
  contextTemplate: Context
  launchMode: LaunchMode
  launchParameters?: string
  masteryScore?: number
  moveOn: MoveOn
  returnURL?: string
  entitlementKey?: { courseStructure?: string; alternate?: string }
}

/** The learner-preferences Agent Profile document (cmi5 11). */
export interface LearnerPreferences {
  languagePreference?: string
  audioPreference?: 'on' | 'off'
}

export const LAUNCH_DATA_STATE_ID = 'LMS.LaunchData'
export const LEARNER_PREFERENCES_PROFILE_ID = 'cmi5LearnerPreferences'

/** State document (per registration) holding the run's recording, for the debrief's replay. */
export const RECORDING_STATE_ID = 'resus.recording'
