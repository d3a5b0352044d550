import { useEffect, useState } from 'react'
import { loadSession } from './api.ts'
import type { DebriefCatalog } from './DebriefApp.tsx'
import { DebriefView } from './DebriefView.tsx'
import type { SessionFacts } from './DebriefView.tsx'
import { prepareDebrief } from './prepare-debrief.ts'
import type { Prepared } from './prepare-debrief.ts'

/** A session from the LRS: its statements for who and when, its recording for everything else. */
export function SessionDebrief({ registration, catalog }: { registration: string; catalog: DebriefCatalog }) {
  const [state, setState] = useState<{ prepared: Prepared; facts: SessionFacts } | { error: string } | null>(null)

  useEffect(() => {
    let current = true
    loadSession(registration).then(
      (data) => {
        if (!current) return
        if (!data.recording) {
          setState({ error: 'This session has no recording in the LRS (it may still be running, or was cut short).' })
          return
        }
        const prepared = prepareDebrief(data.recording, catalog)
        if ('error' in prepared) return setState(prepared)
        setState({
          prepared,
          facts: {
            learner: data.summary?.learner ?? '',
            startedAt: data.summary?.startedAt ?? '',
            source: `LRS registration ${registration}`,
          },
        })
      },
      (error: unknown) => current && setState({ error: error instanceof Error ? error.message : String(error) }),
    )
    return () => {
      current = false
    }
  }, [registration, catalog])

  if (!state) return <p>Loading the session…</p>
  if ('error' in state) return <p role="alert">{state.error}</p>
  return (
    <DebriefView
      debrief={state.prepared.debrief}
      scenario={state.prepared.scenario}
      recording={state.prepared.recording}
      facts={state.facts}
    />
  )
}
