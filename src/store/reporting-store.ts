import { createStore } from 'zustand/vanilla'
import { useStore } from 'zustand'

/**
 * Where the run's results go and how their delivery stands, for the views: the reporting controller
 * (src/app) writes it, the HUD and the results read it. Plain data: no xAPI types reach the views.
 */
export interface ReportingState {
  /**
   * off: nothing is recorded (no LRS, e.g. a static copy of the app); connecting: a session is being
   * opened; lms: launched by an LMS (cmi5); standalone: a session of the local LMS of `npm start`;
   * ended: this LMS session has ended (one run per launch); error: the launch could not start.
   */
  mode: 'off' | 'connecting' | 'lms' | 'standalone' | 'ended' | 'error'
  /** Browse and Review launches record nothing but their start and end (cmi5 10.2.2). */
  launchMode: 'Normal' | 'Browse' | 'Review'
  /** Statements written but not yet acknowledged by the LRS. */
  pending: number
  /** Statements the LRS refused one by one; kept, shown, never resent. */
  quarantined: number
  /** The LRS refused the session's credentials: results wait until the learner relaunches. */
  authPaused: boolean
  /** Delivery has been attempted and everything written so far is in the LRS. */
  delivered: boolean
  /** A sentence for the learner when something needs their attention (launch errors, refusals). */
  message: string | null
  /** Where the LMS wants the learner to go at the end (cmi5 returnURL). */
  returnUrl: string | null
  /** The learner id of the session, shown so that learners see under which id results are filed. */
  learner: string | null
  /** cmi5 learner preference: start with the monitor sound off. */
  audioOff: boolean
  /** Registration of the current run's session, for the link to its debrief. */
  registration: string | null
  /** The session's LRS is this Resus server's own, so its debrief is here (not for an outside LMS's LRS). */
  debriefHere: boolean
}

export const initialReportingState: ReportingState = {
  mode: 'off',
  launchMode: 'Normal',
  pending: 0,
  quarantined: 0,
  authPaused: false,
  delivered: false,
  message: null,
  returnUrl: null,
  learner: null,
  audioOff: false,
  registration: null,
  debriefHere: false,
}

export const reportingStore = createStore<ReportingState>()(() => initialReportingState)

export const useReporting = <T>(selector: (state: ReportingState) => T): T => useStore(reportingStore, selector)
