import { useState } from 'react'
import type { ChangeEvent } from 'react'
import type { DebriefCatalog } from './DebriefApp.tsx'
import { DebriefView } from './DebriefView.tsx'
import { prepareDebrief } from './prepare-debrief.ts'
import type { Prepared } from './prepare-debrief.ts'

/** A recording downloaded from the results screen, opened here without any server. */
export function OpenRecordingFile({ catalog }: { catalog: DebriefCatalog }) {
  const [state, setState] = useState<{ prepared: Prepared; name: string } | { error: string } | null>(null)

  const open = async (event: ChangeEvent<HTMLInputElement>) => {
    const file = event.target.files?.[0]
    if (!file) return
    let json: unknown
    try {
      json = JSON.parse(await file.text())
    } catch {
      setState({ error: `${file.name} is not a JSON file.` })
      return
    }
    const prepared = prepareDebrief(json, catalog)
    setState('error' in prepared ? { error: `${file.name}: ${prepared.error}` } : { prepared, name: file.name })
  }

  return (
    <>
      <div className="no-print">
        {!state || 'error' in state ? (
          <h1 id="page-heading" tabIndex={-1}>
            Open a recording
          </h1>
        ) : null}
        <label className="learner-field">
          Recording file (from “Download recording”)
          <input type="file" accept="application/json,.json" onChange={(e) => void open(e)} />
        </label>
        {state && 'error' in state && <p role="alert">{state.error}</p>}
      </div>
      {state && !('error' in state) && (
        <DebriefView
          debrief={state.prepared.debrief}
          scenario={state.prepared.scenario}
          recording={state.prepared.recording}
          facts={{ learner: '', startedAt: state.prepared.savedAt ?? '', source: `File ${state.name}` }}
        />
      )}
    </>
  )
}
