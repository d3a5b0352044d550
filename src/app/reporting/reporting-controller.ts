import type { Statement } from '@xapi/xapi'
import type { StoreApi } from 'zustand/vanilla'
import type { SimEvent } from '../../engine/types.ts'
import type { Scenario } from '../../scenario/schema/index.ts'
import type { ScoreReport } from '../../scoring/types.ts'
import type { ReportingState, SimStoreState } from '../../store/index.ts'
import { createStatementClock } from '../../xapi/clock.ts'
import { markSent, openCmi5Launch } from '../../xapi/cmi5/open-launch.ts'
import type { Cmi5Launch, OpenLaunchIo } from '../../xapi/cmi5/open-launch.ts'
import { readLaunchParameters } from '../../xapi/cmi5/launch-params.ts'
import type { Outbox, OutboxStatement, OutboxStatus } from '../../xapi/outbox/index.ts'
import {
  buildInitialized,
  buildTerminated,
  statementsForEvent,
  statementsForOutcome,
} from '../../xapi/statements/index.ts'
import type { StatementContext, StatementIds } from '../../xapi/statements/index.ts'
import { DEFAULT_ACTIVITY_BASE_IRI } from '../../xapi/vocabulary.ts'
import { createRecordingFile } from '../../ui/results/recording-file.ts'
import type { LaunchSource } from './launch-source.ts'
import { scenarioOfActivity } from './launch-source.ts'
import type { RecordingUploader } from './recording-upload.ts'

export interface ReportingIo extends OpenLaunchIo {
  uuid: () => string
  /** The learner id typed on the briefing, for a stand-alone session. */
  learnerId: () => string
  /** Origin of the Resus server whose local LMS opens stand-alone sessions. */
  origin: string
  platform: string
  language?: string
}

interface ControllerOptions {
  sim: StoreApi<SimStoreState>
  /** Puts each run's recording in the LRS (State) for the debrief. */
  recordings?: RecordingUploader
  reporting: StoreApi<ReportingState>
  outbox: Outbox
  source: LaunchSource
  io: ReportingIo
}

/** Something to send once the session is known, stamped (id, timestamp) when it happened. */
type Pending = (ctx: StatementContext, launch: Cmi5Launch) => Statement[]

/** Every statement we build has its id (set at the event), which the outbox relies on. */
const withIds = (statements: Statement[]) => statements as OutboxStatement[]

const RETRY_SESSION_MS = 5000

/**
 * Turns runs into xAPI statements for the LRS, as a cmi5 AU: initialized when a run starts, one
 * statement per meaningful event while it runs, completed + passed/failed + terminated when it ends.
 * Every statement gets its id and timestamp at the moment of the event and goes into the durable
 * outbox; the session (an LMS launch, or a stand-alone one from `npm start`'s local LMS) may become
 * known later: what happened before is queued in order.
 */
export function startReportingController({ sim, reporting, outbox, source, io, recordings }: ControllerOptions) {
  const set = (patch: Partial<ReportingState>) => reporting.setState(patch)
  let lmsLaunch: Promise<Cmi5Launch | null> | null = null

  if (source.kind === 'invalid') set({ mode: 'error', message: `${source.error} Relaunch from your LMS.` })
  if (source.kind === 'lms') {
    set({ mode: 'connecting' })
    lmsLaunch = openCmi5Launch(source.params, io).then(
      (launch) => {
        sim.getState().setMasteryOverride(launch.launchData.masteryScore ?? null)
        set({
          mode: launch.sent.includes('terminated') ? 'ended' : 'lms',
          launchMode: launch.launchData.launchMode,
          returnUrl: launch.launchData.returnURL ?? null,
          learner: launch.params.actor.account?.name ?? null,
          audioOff: launch.preferences.audioPreference === 'off',
        })
        return launch
      },
      (error: unknown) => {
        set({ mode: 'error', message: error instanceof Error ? error.message : String(error) })
        return null
      },
    )
  }

  const unsubscribeOutbox = outbox.subscribe((s) => set(deliveryOf(s)))
  set(deliveryOf(outbox.status()))

  let run: ReturnType<typeof reportRun> | null = null
  const unsubscribeSim = sim.subscribe((state, previous) => {
    // A new run (load, restart, try from here) is a new attempt; a debrief's replay moment is none.
    if (state.scenario && state.runId !== previous.runId) {
      run?.detach()
      run = reportRun(state.scenario, state.seed, state.runId)
    }
    run?.update(state)
  })
  const initial = sim.getState()
  if (initial.scenario && initial.runId > 0) {
    run = reportRun(initial.scenario, initial.seed, initial.runId)
    run.update(initial)
  }

  /** The reporting of one run (one engine seed). */
  function reportRun(scenario: Scenario, seed: number, runId: number) {
    const queue: Pending[] = []
    let seen = 0
    let ended = false
    let detached = false
    let session: { launch: Cmi5Launch; ctx: StatementContext } | null = null
    // Stamps use the LRS clock once known; until then the local one (same origin in stand-alone mode).
    let clock = createStatementClock(0, io.now)
    const stamp = (): StatementIds => ({ id: io.uuid(), timestamp: clock.iso() })

    const contextFor = (launch: Cmi5Launch): StatementContext => {
      const ids = scenarioOfActivity(launch.params.activityId)
      return {
        actor: launch.params.actor,
        registration: launch.params.registration,
        sessionId: launch.sessionId,
        auActivityId: launch.params.activityId,
        baseIri: ids?.baseIri ?? DEFAULT_ACTIVITY_BASE_IRI,
        scenario,
        contextTemplate: launch.launchData.contextTemplate,
        platform: io.platform,
        inputMode: 'desktop',
        ...(io.language && { language: io.language }),
        seed,
      }
    }

    /** Sends what is queued, in order, once the session is known. */
    const drain = () => {
      if (!session || detached || queue.length === 0) return
      const { launch, ctx } = session
      const statements = queue.splice(0).flatMap((build) => build(ctx, launch))
      if (statements.length === 0) return
      void outbox.enqueue({ endpoint: launch.params.endpoint, auth: launch.auth }, withIds(statements)).then(() => {
        for (const s of statements) {
          const verb = s.verb.id.split('/').pop() ?? ''
          if (['initialized', 'completed', 'passed', 'failed', 'terminated'].includes(verb)) {
            markSent(launch, verb, io.storage)
          }
        }
        void outbox.flush()
      })
    }

    const attach = (launch: Cmi5Launch) => {
      if (detached) return
      clock = createStatementClock(launch.clockOffsetMs, io.now)
      session = { launch, ctx: contextFor(launch) }
      set({
        registration: launch.params.registration,
        debriefHere: new URL(launch.params.endpoint).origin === new URL(io.origin).origin,
      })
      drain()
    }

    const isNormalMode = (launch: Cmi5Launch) => launch.launchData.launchMode === 'Normal'
    const sentOrQueued = new Set<string>()
    const once = (launch: Cmi5Launch, verb: string) => {
      if (launch.sent.includes(verb) || sentOrQueued.has(verb)) return false
      sentOrQueued.add(verb)
      return true
    }

    // initialized: stamped now (the run starts), sent once per session.
    const initializedIds = stamp()
    queue.push((ctx, launch) => (once(launch, 'initialized') ? [buildInitialized(ctx, initializedIds)] : []))

    // Which session: this tab's LMS launch when it is for this scenario, else a stand-alone one.
    if (lmsLaunch) {
      void lmsLaunch.then((launch) => {
        if (!launch) return
        // An LMS may assign its own activity id; then the AU URL (this route) names the scenario.
        const named = scenarioOfActivity(launch.params.activityId)
        const forScenario = !named || named.scenarioId === scenario.id
        if (!forScenario) {
          set({ message: 'This scenario is not the one your LMS launched: this run is not recorded.' })
          return
        }
        if (launch.sent.includes('terminated')) {
          set({ mode: 'ended', message: 'This launch has ended: relaunch from your LMS to record another attempt.' })
          return
        }
        attach(launch)
      })
    } else if (source.kind === 'none') {
      void openStandalone()
    }

    async function openStandalone() {
      set({ mode: 'connecting', message: null })
      while (!detached) {
        try {
          const res = await io.fetch(`${io.origin}/lms/sessions`, {
            method: 'POST',
            headers: { 'Content-Type': 'application/json' },
            body: JSON.stringify({ scenarioId: scenario.id, learner: io.learnerId() }),
          })
          if (res.status === 404 || res.status === 405) {
            set({ mode: 'off', message: 'Results are not recorded: this copy of Resus has no LRS.' })
            return
          }
          const body = (await res.json()) as { launchUrl?: string; error?: string }
          if (!res.ok || !body.launchUrl) {
            set({ mode: 'error', message: body.error ?? `The results server answered ${res.status}.` })
            return
          }
          const parsed = readLaunchParameters(new URL(body.launchUrl).search)
          if (!parsed?.ok) throw new Error('The local LMS gave an invalid launch link.')
          const launch = await openCmi5Launch(parsed.params, io)
          set({ mode: 'standalone', launchMode: 'Normal', returnUrl: null, learner: io.learnerId() })
          attach(launch)
          return
        } catch {
          // Offline or the server restarting: keep the run's statements queued and try again.
          set({ mode: 'connecting', message: 'Waiting for the results server…' })
          await new Promise((resolve) => setTimeout(resolve, RETRY_SESSION_MS))
        }
      }
    }

    return {
      update(state: SimStoreState) {
        if (detached || state.runId !== runId) return
        const events = state.events
        for (; seen < events.length; seen++) {
          const event = events[seen] as SimEvent
          const ids = stamp()
          // Each statement says how that action was chosen: a run can move between the desktop and a headset.
          const inputMode = state.inputMode
          queue.push((ctx, launch) => {
            if (!isNormalMode(launch)) return []
            const statement = statementsForEvent(event, { ...ctx, inputMode }, ids)
            return statement ? [statement] : []
          })
        }
        if (!ended && state.status === 'ended' && state.report) {
          ended = true
          const recording = sim.getState().getRecording()
          const file = recording && createRecordingFile(scenario, recording, state.report, new Date(io.now()))
          queueOutcome(state.report, file)
        }
        drain()
      },
      detach() {
        detached = true
      },
    }

    function queueOutcome(report: ScoreReport, recordingFile: unknown) {
      const outcomeIds = [stamp(), stamp()]
      const terminatedIds = stamp()
      const at = io.now()
      queue.push((ctx, launch) => {
        // Before terminated: an LMS may refuse writes of a session that ended.
        if (recordingFile && isNormalMode(launch)) recordings?.upload(launch, recordingFile)
        const durationMs = Math.max(0, at - launch.openedAt)
        const outcome = isNormalMode(launch)
          ? statementsForOutcome(report, ctx, outcomeIds, {
              durationMs,
              ...(launch.launchData.masteryScore !== undefined && { masteryScore: launch.launchData.masteryScore }),
              send: {
                completed: once(launch, 'completed'),
                judgement: !launch.sent.includes('passed') && !launch.sent.includes('failed') && once(launch, 'judged'),
              },
            })
          : []
        const terminated = once(launch, 'terminated') ? [buildTerminated(ctx, terminatedIds, { durationMs })] : []
        // One run per launch: an LMS learner relaunches for another attempt; stand-alone gets a new session.
        if (reporting.getState().mode === 'lms') set({ mode: 'ended' })
        return [...outcome, ...terminated]
      })
    }
  }

  return {
    stop() {
      run?.detach()
      unsubscribeSim()
      unsubscribeOutbox()
    },
  }
}

function deliveryOf(s: OutboxStatus): Partial<ReportingState> {
  return {
    pending: s.pending,
    quarantined: s.quarantined,
    authPaused: s.paused === 'auth',
    delivered: s.pending === 0 && s.lastDeliveredAt !== null,
  }
}
