import { useId, useState } from 'react'
import type { ReactNode } from 'react'
import type { Patient, Scenario } from '../scenario/schema/index.ts'
import { useReporting } from '../store/index.ts'
import { GUEST_LEARNER, isValidLearnerId, readLearnerId, saveLearnerId } from './learner-id.ts'
import { Link } from './Link.tsx'
import { startLinkId } from './ScenarioPicker.tsx'

/** The handover before a scenario: who the patient is and what the team was told. */
export function Briefing({ scenario }: { scenario: Scenario }) {
  const { patient } = scenario
  return (
    <>
      <h1 id="page-heading" tabIndex={-1}>
        {scenario.title}
      </h1>
      <p className="lead">{scenario.setting.location}</p>
      <div className="briefing">
        <section className="panel" aria-labelledby="handover-heading">
          <h2 id="handover-heading">Handover</h2>
          <div className="handover">
            {scenario.briefing.split(/\n\s*\n/).map((paragraph, i) => (
              <p key={i}>{paragraph.trim()}</p>
            ))}
          </div>
        </section>
        <section className="panel" aria-labelledby="patient-heading">
          <h2 id="patient-heading">Patient</h2>
          <PatientSummary patient={patient} />
        </section>
      </div>
      <LearnerField />
      <div className="actions">
        <Link className="button" href={`/scenario/${scenario.id}/play`}>
          Begin scenario
        </Link>
        <Link className="button-secondary" href="/" state={{ focusId: startLinkId(scenario.id) }}>
          <span aria-hidden="true">← </span>Back to scenarios
        </Link>
      </div>
    </>
  )
}

/**
 * Under which id the results are filed: the LMS's learner when launched by one, else an id the
 * learner types (remembered on this device). An id, not a name: no other personal data is sent.
 */
function LearnerField() {
  const lmsLearner = useReporting((r) => (r.mode === 'lms' || r.mode === 'ended' ? r.learner : null))
  const [value, setValue] = useState(() => {
    const saved = readLearnerId()
    return saved === GUEST_LEARNER ? '' : saved
  })
  const id = useId()
  const invalid = value.trim() !== '' && !isValidLearnerId(value)
  if (lmsLearner) {
    return (
      <p className="learner-field">
        Your results go to your LMS as <strong>{lmsLearner}</strong>.
      </p>
    )
  }
  return (
    <div className="learner-field">
      <label htmlFor={id}>Learner ID</label>
      <input
        id={id}
        value={value}
        maxLength={64}
        autoComplete="off"
        spellCheck={false}
        aria-invalid={invalid}
        aria-describedby={`${id}-hint`}
        onChange={(e) => {
          setValue(e.target.value)
          saveLearnerId(e.target.value)
        }}
      />
      <span id={`${id}-hint`} className="hint">
        {invalid
          ? `Letters, digits and . _ @ - only, up to 64: until then results are filed under “${GUEST_LEARNER}”.`
          : `The ID your educator knows you by (not your name); results are filed under “${GUEST_LEARNER}” without one.`}
      </span>
    </div>
  )
}

function PatientSummary({ patient }: { patient: Patient }) {
  return (
    <dl className="patient">
      {patient.name && <Fact term="Name">{patient.name}</Fact>}
      <Fact term="Age">{formatAge(patient.ageYears)}</Fact>
      <Fact term="Sex">{patient.sex === 'female' ? 'Female' : 'Male'}</Fact>
      <Fact term="Weight">{patient.weightKg} kg</Fact>
      <Fact term="Presenting complaint">{patient.presentingComplaint}</Fact>
      <Fact term="History">
        <List items={patient.history} none="No significant history" />
      </Fact>
      <Fact term="Allergies">
        <List items={patient.allergies} none="No known allergies" />
      </Fact>
      <Fact term="Medications">
        <List items={patient.medications} none="None" />
      </Fact>
    </dl>
  )
}

function Fact({ term, children }: { term: string; children: ReactNode }) {
  return (
    <div>
      <dt>{term}</dt>
      <dd>{children}</dd>
    </div>
  )
}

function List({ items, none }: { items: readonly string[]; none: string }) {
  if (items.length === 0) return <>{none}</>
  if (items.length === 1) return <>{items[0]}</>
  return (
    <ul>
      {items.map((item) => (
        <li key={item}>{item}</li>
      ))}
    </ul>
  )
}

/** Infants are described in months, as a handover would. */
function formatAge(ageYears: number): string {
  if (ageYears < 2) {
    const months = Math.round(ageYears * 12)
    return `${months} ${months === 1 ? 'month' : 'months'}`
  }
  return `${Math.floor(ageYears)} years`
}
