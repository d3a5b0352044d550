import { LAUNCH_MODES, MOVE_ON_VALUES } from '../../xapi/cmi5/types.ts'
import type { LaunchMode } from '../../xapi/cmi5/types.ts'

export interface LaunchRow {
  registration: string
  learner: string
  title: string
  launchMode: LaunchMode
  created: string
  status: string
  terminated: boolean
}

interface PageInput {
  scenarios: { id: string; title: string }[]
  launches: LaunchRow[]
  error?: string
  values: Record<string, string | undefined>
}

const escapeHtml = (text: string) =>
  text.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c] ?? c)

const option = (value: string, label: string, selected: string | undefined) =>
  `<option value="${escapeHtml(value)}"${value === selected ? ' selected' : ''}>${escapeHtml(label)}</option>`

/** The local LMS page: a launch form (what an LMS does when a learner opens an AU) and recent launches. */
export function renderLmsPage({ scenarios, launches, error, values }: PageInput): string {
  const rows = launches
    .map(
      (l) => `<tr>
        <td><time datetime="${escapeHtml(l.created)}">${escapeHtml(l.created.replace('T', ' ').slice(0, 16))} UTC</time></td>
        <td>${escapeHtml(l.learner)}</td><td>${escapeHtml(l.title)}</td><td>${escapeHtml(l.launchMode)}</td>
        <td>${escapeHtml(l.status)}${l.terminated ? '' : ' <small>(session open)</small>'}</td>
        <td><code>${escapeHtml(l.registration)}</code></td></tr>`,
    )
    .join('\n')
  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>Local LMS · Resus</title>
<style>
  body { font: 16px/1.5 system-ui, sans-serif; margin: 0; color: #1b2430; background: #f4f6f8; }
  main { max-width: 60rem; margin: 0 auto; padding: 1.5rem; }
  form { background: #fff; padding: 1rem 1.25rem; border-radius: 8px; display: grid; gap: .75rem;
         grid-template-columns: repeat(auto-fit, minmax(14rem, 1fr)); align-items: end; }
  label { display: grid; gap: .25rem; font-weight: 600; min-width: 0; align-content: end; }
  input, select, button { font: inherit; padding: .45rem .6rem; border: 1px solid #8a96a3; border-radius: 6px;
                          width: 100%; box-sizing: border-box; min-width: 0; }
  button { background: #0b5cad; color: #fff; border-color: #0b5cad; font-weight: 600; cursor: pointer; }
  .hint { font-weight: 400; font-size: .875rem; color: #4a5663; }
  .error { background: #fdecea; border: 1px solid #b3261e; color: #7a1712; padding: .6rem .8rem; border-radius: 6px; }
  table { width: 100%; border-collapse: collapse; background: #fff; margin-top: .5rem; font-size: .9rem; }
  th, td { text-align: left; padding: .45rem .6rem; border-bottom: 1px solid #dde3e9; vertical-align: top; }
  code { font-size: .8rem; }
</style>
</head>
<body>
<main>
<h1>Local LMS</h1>
<p>Launches a Resus scenario the way an LMS launches cmi5 content: it creates a registration, writes
<code>LMS.LaunchData</code> to the embedded LRS, issues a one-time fetch URL and opens the scenario
with the cmi5 launch parameters. Use a real LMS with <code>npm run cmi5:package</code> when learners
use more than one machine.</p>
${error ? `<p class="error" role="alert">${escapeHtml(error)}</p>` : ''}
<form method="post" action="/lms/launch">
  <label>Learner ID <span class="hint">an ID, not a name</span>
    <input name="learner" required pattern="[\\p{L}\\p{N}._@\\-]{1,64}" value="${escapeHtml(values.learner ?? '')}" autocomplete="off"></label>
  <label>Scenario
    <select name="scenario">${scenarios.map((s) => option(s.id, s.title, values.scenario)).join('')}</select></label>
  <label>Launch mode
    <select name="launchMode">${LAUNCH_MODES.map((m) => option(m, m, values.launchMode ?? 'Normal')).join('')}</select></label>
  <label>Move on
    <select name="moveOn">${MOVE_ON_VALUES.map((m) => option(m, m, values.moveOn ?? 'CompletedAndPassed')).join('')}</select></label>
  <label>Mastery score <span class="hint">0–1; empty: the scenario's own</span>
    <input name="masteryScore" inputmode="decimal" value="${escapeHtml(values.masteryScore ?? '')}"></label>
  <button type="submit">Launch</button>
</form>
<h2>Recent launches</h2>
${
  launches.length === 0
    ? '<p>No launches yet.</p>'
    : `<table><thead><tr><th>Launched</th><th>Learner</th><th>Scenario</th><th>Mode</th><th>Result</th><th>Registration</th></tr></thead>
<tbody>${rows}</tbody></table>`
}
</main>
</body>
</html>
`
}
