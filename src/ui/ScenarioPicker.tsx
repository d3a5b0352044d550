import type { Scenario } from '../scenario/schema/index.ts'
import { Link } from './Link.tsx'
import { SceneErrors } from './SceneErrors.tsx'
import type { InvalidSceneFile } from './SceneErrors.tsx'

interface ScenarioPickerProps {
  scenarios: readonly Scenario[]
  invalidFiles: readonly InvalidSceneFile[]
}

export const startLinkId = (scenarioId: string) => `start-${scenarioId}`

/** First screen: one card per valid scenario, then the scene files that failed validation. */
export function ScenarioPicker({ scenarios, invalidFiles }: ScenarioPickerProps) {
  return (
    <>
      <h1 id="page-heading" tabIndex={-1}>
        Choose a scenario
      </h1>
      <p className="lead">
        Each scenario puts you in charge of a deteriorating patient. Read the briefing, then assess and treat as you
        would in a real resuscitation room.
      </p>
      {scenarios.length === 0 && (
        <p className="empty">No scenarios are available: the scenes folder has no valid file.</p>
      )}
      <ul className="cards" aria-label="Scenarios">
        {scenarios.map((scenario) => (
          <li key={scenario.id}>
            <ScenarioCard scenario={scenario} />
          </li>
        ))}
      </ul>
      <SceneErrors files={invalidFiles} />
    </>
  )
}

function ScenarioCard({ scenario }: { scenario: Scenario }) {
  const headingId = `title-${scenario.id}`
  return (
    <article className="card" aria-labelledby={headingId}>
      <h2 id={headingId}>{scenario.title}</h2>
      <dl className="facts">
        <div>
          <dt>Setting</dt>
          <dd>{scenario.setting.location}</dd>
        </div>
        <div>
          <dt>Time</dt>
          <dd>about {scenario.estimatedMinutes} min</dd>
        </div>
        <div>
          <dt>For</dt>
          <dd>{scenario.audience.join(', ')}</dd>
        </div>
      </dl>
      <h3>Learning objectives</h3>
      <ul className="objectives">
        {scenario.objectives.map((objective) => (
          <li key={objective}>{objective}</li>
        ))}
      </ul>
      <Link className="button" id={startLinkId(scenario.id)} href={`/scenario/${scenario.id}`}>
        Start<span className="visually-hidden">: {scenario.title}</span>
      </Link>
    </article>
  )
}
