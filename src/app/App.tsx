import { lazy, Suspense, useEffect, useRef } from 'react'
import type { Scenario } from '../scenario/schema/index.ts'
import { Briefing } from '../ui/Briefing.tsx'
import { Link } from '../ui/Link.tsx'
import { NotFound } from '../ui/NotFound.tsx'
import { ScenarioPicker } from '../ui/ScenarioPicker.tsx'
import { readNavigationState, useLocationPath } from '../ui/use-location.ts'
import type { SceneCatalog } from './scene-catalog.ts'

// The 3D room (three.js, R3F) loads only when a run starts: the picker and the briefing stay light.
const PlayScreen = lazy(() => import('../ui/PlayScreen.tsx').then((m) => ({ default: m.PlayScreen })))
// The debrief (uPlot, replay) is for educators: learners never load it.
const DebriefApp = lazy(() => import('../debrief/DebriefApp.tsx').then((m) => ({ default: m.DebriefApp })))

type Screen =
  | { name: 'picker' }
  | { name: 'briefing'; scenario: Scenario }
  | { name: 'play'; scenario: Scenario }
  | { name: 'not-found'; title: string; message: string }
  | { name: 'debrief'; path: string }

/**
 * Routes: `/` (picker), `/scenario/<id>` (briefing) and `/scenario/<id>/play` (the run); anything
 * else is a not-found page.
 */
export function screenFor(path: string, catalog: SceneCatalog): Screen {
  const trimmed = path.replace(/\/+$/, '') || '/'
  if (trimmed === '/') return { name: 'picker' }
  if (trimmed === '/debrief' || trimmed.startsWith('/debrief/')) return { name: 'debrief', path: trimmed }
  const match = /^\/scenario\/([^/]+)(\/play)?$/.exec(trimmed)
  if (match?.[1] === undefined) {
    return { name: 'not-found', title: 'Page not found', message: 'There is nothing at this address.' }
  }
  const id = safeDecode(match[1])
  const scenario = catalog.scenarios.find((s) => s.id === id)
  if (scenario) return match[2] ? { name: 'play', scenario } : { name: 'briefing', scenario }
  return { name: 'not-found', title: 'Scenario not found', message: `No scenario has the id “${id}”.` }
}

const safeDecode = (segment: string) => {
  try {
    return decodeURIComponent(segment)
  } catch {
    return segment
  }
}

const titleOf = (screen: Screen) =>
  screen.name === 'picker'
    ? 'Resus'
    : screen.name === 'debrief'
      ? 'Debrief · Resus'
      : `${'scenario' in screen ? screen.scenario.title : screen.title} · Resus`

export function App({ catalog }: { catalog: SceneCatalog }) {
  const path = useLocationPath()
  const screen = screenFor(path, catalog)
  const title = titleOf(screen)
  const shownPath = useRef(path)

  useEffect(() => {
    document.title = title
  }, [title])

  // After an in-app navigation, move focus to the new view (its heading, or the element the history
  // entry names) so that keyboard and screen-reader users start there; the first load keeps the default.
  useEffect(() => {
    if (shownPath.current === path) return
    shownPath.current = path
    const { focusId } = readNavigationState()
    const target = (focusId && document.getElementById(focusId)) || document.getElementById('page-heading')
    if (target?.id === 'page-heading') window.scrollTo(0, 0)
    target?.focus()
  }, [path])

  // The run fills the window: its own bar replaces the site header and footer.
  if (screen.name === 'play') {
    return (
      <Suspense fallback={<p className="play-loading">Loading the resuscitation room…</p>}>
        <PlayScreen scenario={screen.scenario} contentHash={catalog.hashes[screen.scenario.id]} />
      </Suspense>
    )
  }

  return (
    <>
      <header className="site-header">
        <div className="wrap">
          <Link className="brand" href="/">
            Resus
          </Link>
          <span className="tagline">Emergency-care simulator</span>
        </div>
      </header>
      <main id="main" className="wrap">
        {screen.name === 'picker' && <ScenarioPicker scenarios={catalog.scenarios} invalidFiles={catalog.invalid} />}
        {screen.name === 'briefing' && <Briefing scenario={screen.scenario} />}
        {screen.name === 'not-found' && <NotFound title={screen.title} message={screen.message} />}
        {screen.name === 'debrief' && (
          <Suspense fallback={<p>Loading the debrief…</p>}>
            <DebriefApp path={screen.path} catalog={catalog} />
          </Suspense>
        )}
      </main>
      <footer className="site-footer">
        <div className="wrap">
          <p>For education and practice only: not a substitute for clinical guidelines or local protocols.</p>
        </div>
      </footer>
    </>
  )
}
