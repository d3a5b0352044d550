import { useEffect, useRef } from 'react'
import type { Scenario } from '../../scenario/schema/index.ts'
import { simStore, useReporting, useSim } from '../../store/index.ts'
import { formatClock } from '../format.ts'
import { Link } from '../Link.tsx'
import { ReportingStatus } from '../ReportingStatus.tsx'
import { startLinkId } from '../ScenarioPicker.tsx'
import { createRecordingFile, downloadJson, recordingFileName } from './recording-file.ts'
import { RubricItems } from './RubricItems.tsx'
import { failReasons, percent } from './summary.ts'

/** The end of a run: outcome, score against mastery, pass/fail and every rubric item explained. */
export function Results({ scenario }: { scenario: Scenario }) {
  const report = useSim((s) => s.report)
  const branch = useSim((s) => s.branch)
  // An LMS launch is one attempt: another attempt is a relaunch from the LMS, not a local restart.
  const fromLms = useReporting((r) => r.mode === 'lms' || r.mode === 'ended')
  const returnUrl = useReporting((r) => r.returnUrl)
  const registration = useReporting((r) => (r.debriefHere ? r.registration : null))
  const headingRef = useRef<HTMLHeadingElement>(null)

  useEffect(() => {
    headingRef.current?.focus()
  }, [])

  const tryAgain = () => {
    const store = simStore.getState()
    store.restart()
    simStore.getState().start()
    document.getElementById('page-heading')?.focus()
  }

  const download = () => {
    const recording = simStore.getState().getRecording()
    if (!recording) return
    const now = new Date()
    downloadJson(recordingFileName(scenario.id, now), createRecordingFile(scenario, recording, report, now))
  }

  const outcome = report?.outcome
  const reasons = report ? failReasons(report) : []
  return (
    <section className="results" role="dialog" aria-modal="true" aria-labelledby="results-heading">
      <div className="results-inner">
        <h2 id="results-heading" ref={headingRef} tabIndex={-1}>
          Results
        </h2>
        <p className="lead">{scenario.title}</p>
        {branch && (
          <p>
            This attempt started at {formatClock(branch.atMs)} of a recorded attempt ({branch.from}): the actions up to
            then are that attempt’s, and the score covers the whole run.
          </p>
        )}
        {report ? (
          <div className="results-summary">
            <div className={`verdict ${report.pass ? 'verdict-pass' : 'verdict-fail'}`}>
              <span className="verdict-word">{report.pass ? 'PASS' : 'FAIL'}</span>
              <span className="verdict-score">
                Score <strong>{percent(report.scaled)}</strong>
              </span>
              <span className="verdict-mastery">Mastery score {percent(report.masteryScore)}</span>
            </div>
            <div className="results-outcome">
              <h3>Outcome</h3>
              <p className="outcome-label">{outcome ? outcome.label : 'The run ended without an outcome.'}</p>
              {outcome && (
                <p>
                  {outcome.success ? 'A clinical success' : 'Not a clinical success'}, at {formatClock(outcome.atMs)} of
                  sim time.
                </p>
              )}
              {reasons.length > 0 && (
                <ul className="fail-reasons">
                  {reasons.map((r) => (
                    <li key={r}>{r}</li>
                  ))}
                </ul>
              )}
            </div>
          </div>
        ) : (
          <p>The run has ended, but its score could not be computed.</p>
        )}
        <ReportingStatus />
        <div className="actions results-actions">
          {!fromLms && (
            <button type="button" className="button" onClick={tryAgain}>
              Try again
            </button>
          )}
          {fromLms && returnUrl && (
            <a className="button" href={returnUrl}>
              Return to the course
            </a>
          )}
          <button type="button" className="button-secondary" onClick={download}>
            Download recording
          </button>
          <Link className="button-secondary" href={registration ? `/debrief/session/${registration}` : '/debrief/file'}>
            Debrief this run
          </Link>
          <Link className="button-secondary" href="/" state={{ focusId: startLinkId(scenario.id) }}>
            Back to scenarios
          </Link>
        </div>
        {report && (
          <>
            <h3 className="rubric-heading">Rubric</h3>
            <p className="rubric-intro">
              {report.earned} points earned
              {report.penalties > 0 && `, ${report.penalties} deducted`}, of {report.max} available.
            </p>
            <RubricItems items={report.items} />
          </>
        )}
      </div>
    </section>
  )
}
