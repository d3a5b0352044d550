import type { ReactNode } from 'react'
import type { Patient, Scenario } from '../scenario/schema/index.ts'
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
