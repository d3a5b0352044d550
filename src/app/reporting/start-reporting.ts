import { reportingStore, simStore } from '../../store/index.ts'
import { readLearnerId } from '../../ui/learner-id.ts'
import { createOutbox, openOutboxStorage } from '../../xapi/outbox/index.ts'
import { readLaunchSource } from './launch-source.ts'
import { createRecordingUploader } from './recording-upload.ts'
import { startReportingController } from './reporting-controller.ts'

/**
 * Starts results reporting for this tab: the durable outbox over IndexedDB (flushed on pagehide,
 * on reconnect and periodically) and the controller that turns runs into statements.
 */
export async function startReporting(): Promise<void> {
  const source = readLaunchSource(window.location, window.history, window.sessionStorage)
  let storage
  try {
    storage = await openOutboxStorage()
  } catch {
    reportingStore.setState({
      mode: 'error',
      message: 'This browser does not let Resus store results (IndexedDB is off, e.g. in a private window).',
    })
    return
  }
  const outbox = createOutbox({ storage, fetch: (url, init) => fetch(url, init), host: window })
  outbox.start()
  const recordings = createRecordingUploader({
    fetch: (input, init) => fetch(input, init),
    storage: window.localStorage,
  })
  recordings.resume()
  startReportingController({
    recordings,
    sim: simStore,
    reporting: reportingStore,
    outbox,
    source,
    io: {
      fetch: (input, init) => fetch(input, init),
      storage: window.sessionStorage,
      now: () => Date.now(),
      uuid: () => crypto.randomUUID(),
      learnerId: readLearnerId,
      origin: window.location.origin,
      platform: 'Resus (web browser)',
      language: navigator.language,
    },
  })
  // Anything a previous visit left undelivered goes now.
  void outbox.flush()
}
