import { RECORDING_STATE_ID } from '../../xapi/cmi5/types.ts'
import type { Cmi5Launch } from '../../xapi/cmi5/open-launch.ts'

const PENDING_KEY = 'resus.pendingRecordings'
const RETRY_MS = 10_000

interface PendingUpload {
  url: string
  auth: string
  body: string
}

export interface RecordingUploadIo {
  fetch: typeof fetch
  /** Where to hear `online` and whether the browser is offline (nothing is tried then). */
  host?: Pick<Window, 'addEventListener'> & { navigator: { onLine: boolean } }
  /** localStorage: a recording not yet acknowledged survives a reload and is sent on the next visit. */
  storage: Pick<Storage, 'getItem' | 'setItem'>
}

/**
 * Puts each run's recording in the LRS as a State document of its registration (cmi5 LRSs all keep
 * State; attachments are where LRS bugs cluster), so a debrief can be rebuilt from the LRS alone. Kept
 * in localStorage until the LRS has it; retried while the page lives and on the next visit.
 */
export function createRecordingUploader(io: RecordingUploadIo) {
  const read = (): PendingUpload[] => {
    try {
      return JSON.parse(io.storage.getItem(PENDING_KEY) ?? '[]') as PendingUpload[]
    } catch {
      return []
    }
  }
  const write = (pending: PendingUpload[]) => io.storage.setItem(PENDING_KEY, JSON.stringify(pending))
  let timer: ReturnType<typeof setTimeout> | null = null

  const sendAll = async () => {
    timer = null
    if (io.host?.navigator.onLine === false) return // the online listener sends them
    for (const upload of read()) {
      const ok = await io
        .fetch(upload.url, {
          method: 'PUT',
          headers: {
            Authorization: upload.auth,
            'Content-Type': 'application/json',
            'X-Experience-API-Version': '1.0.3',
          },
          body: upload.body,
        })
        .then((res) => res.ok || res.status === 400 || res.status === 403 || res.status === 413)
        .catch(() => false)
      // Delivered, or refused for good (no point retrying forever): either way it leaves the queue.
      if (ok) write(read().filter((u) => u.url !== upload.url))
    }
    if (read().length > 0 && !timer) timer = setTimeout(() => void sendAll(), RETRY_MS)
  }

  io.host?.addEventListener('online', () => void sendAll())

  return {
    upload(launch: Cmi5Launch, file: unknown) {
      const { params } = launch
      const url =
        `${params.endpoint}activities/state?stateId=${encodeURIComponent(RECORDING_STATE_ID)}` +
        `&activityId=${encodeURIComponent(params.activityId)}&agent=${encodeURIComponent(JSON.stringify(params.actor))}` +
        `&registration=${params.registration}`
      write([...read().filter((u) => u.url !== url), { url, auth: launch.auth, body: JSON.stringify(file) }])
      void sendAll()
    },
    /** Sends what an earlier visit left. */
    resume: () => void sendAll(),
  }
}

export type RecordingUploader = ReturnType<typeof createRecordingUploader>
