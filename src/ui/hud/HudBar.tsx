import type { RefObject } from 'react'
import type { Scenario } from '../../scenario/schema/index.ts'
import { useSim } from '../../store/index.ts'
import { Link } from '../Link.tsx'
import { formatClock } from '../format.ts'
import { Clock } from './Clock.tsx'
import { EnterVrButton } from './EnterVrButton.tsx'

interface HudBarProps {
  scenario: Scenario
  muted: boolean
  /** On a phone the Actions button sits at the bottom, under the thumb, instead. */
  showActions: boolean
  onToggleMute: () => void
  onTogglePause: () => void
  onOpenMenu: () => void
  actionsButton: RefObject<HTMLButtonElement | null>
}

/** Top bar of the play screen: where you are, the sim clock, pause, monitor sound and the action menu. */
export function HudBar({
  scenario,
  muted,
  showActions,
  onToggleMute,
  onTogglePause,
  onOpenMenu,
  actionsButton,
}: HudBarProps) {
  const status = useSim((s) => s.status)
  const branch = useSim((s) => s.branch)
  const paused = status === 'paused'
  return (
    <header className="play-bar">
      <Link className="brand" href="/">
        Resus
      </Link>
      <h1 id="page-heading" tabIndex={-1} className="play-title">
        {scenario.title}
        {branch && <span className="play-branch"> · from {formatClock(branch.atMs)} of a recorded attempt</span>}
      </h1>
      <Clock />
      <div className="play-controls">
        <EnterVrButton />
        <button
          type="button"
          className="hud-button"
          onClick={onTogglePause}
          disabled={status !== 'running' && status !== 'paused'}
          aria-keyshortcuts="Space"
        >
          {paused ? 'Resume' : 'Pause'}
          <kbd aria-hidden="true">Space</kbd>
        </button>
        <button type="button" className="hud-button" onClick={onToggleMute}>
          <span>
            <span className="wide-only">Monitor sound</span>
            <span className="narrow-only">Sound</span>: {muted ? 'off' : 'on'}
          </span>
        </button>
        {showActions && (
          <button
            ref={actionsButton}
            type="button"
            className="hud-button hud-actions"
            onClick={onOpenMenu}
            aria-keyshortcuts="/"
            aria-haspopup="dialog"
          >
            Actions <kbd aria-hidden="true">/</kbd>
          </button>
        )}
      </div>
      <Link className="hud-button hud-leave" href={`/scenario/${scenario.id}`}>
        Leave
      </Link>
    </header>
  )
}
