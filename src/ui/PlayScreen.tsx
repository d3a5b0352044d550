import { useCallback, useEffect, useRef, useState } from 'react'
import type { Scenario } from '../scenario/schema/index.ts'
import { reportingStore, simStore, useSim } from '../store/index.ts'
import { ActionDialog } from './action-menu/ActionDialog.tsx'
import type { MenuRequest } from './action-menu/ActionDialog.tsx'
import type { MenuTarget } from './action-menu/catalogue.ts'
import { needsDoseDialog } from './action-menu/catalogue.ts'
import { performAction } from './action-menu/perform.ts'
import { Announcer, Toast } from './hud/Feedback.tsx'
import { HudBar } from './hud/HudBar.tsx'
import { Running } from './hud/Running.tsx'
import { useFeedback } from './hud/use-feedback.ts'
import { SceneView } from './play/SceneView.tsx'
import { SidePanel } from './play/SidePanel.tsx'
import { useMediaQuery } from './play/use-media-query.ts'
import { useMonitorAudio } from './play/use-monitor-audio.ts'
import { usePlayKeys } from './play/use-play-keys.ts'
import { Results } from './results/Results.tsx'
import { readNavigationState } from './use-location.ts'
import { useXrSessionActive } from '../xr/use-xr-session.ts'
import { xrStore } from '../xr/xr-store.ts'
import { vrMenuStore } from '../xr/panels/vr-menu-store.ts'

/**
 * A new run starts when the screen opens (new seed), or, from the debrief's "Try from here", at a recorded
 * moment of another attempt (its seed and commands); leaving the screen pauses the run.
 */
function useRun(scenario: Scenario, contentHash: string | undefined): void {
  useEffect(() => {
    const from = readNavigationState().tryFrom
    simStore.getState().load(scenario, {
      ...(contentHash && { contentHash }),
      ...(from && { seed: from.seed, resume: { commands: from.commands, branch: from.branch } }),
    })
    simStore.getState().start()
    return () => simStore.getState().pause()
  }, [scenario, contentHash])
}

/** The play screen: the 3D room, the HUD, the action menu, the monitor panel and, at the end, the results. */
export function PlayScreen({ scenario, contentHash }: { scenario: Scenario; contentHash?: string | undefined }) {
  useRun(scenario, contentHash)
  const status = useSim((s) => s.status)
  const current = useSim((s) => s.scenario) === scenario
  const compact = useMediaQuery('(max-width: 37.5rem)')
  const [menu, setMenu] = useState<MenuRequest | null>(null)
  // A new key per opening: a dialog the browser closed on its own is mounted afresh, never left shut.
  const [menuKey, setMenuKey] = useState(0)
  const openMenu = useCallback((request: MenuRequest) => {
    setMenu(request)
    setMenuKey((k) => k + 1)
  }, [])
  // The LMS may say the learner prefers no sound (cmi5 learner preferences); the toggle still works.
  const [muted, setMuted] = useState(() => reportingStore.getState().audioOff)
  const { shown, notify } = useFeedback()
  const actionsButton = useRef<HTMLButtonElement>(null)
  const ended = current && status === 'ended'
  useMonitorAudio(muted)

  const openMenuFor = useCallback(
    (target: MenuTarget | null) => openMenu({ target, doseActionId: null, fromList: true }),
    [openMenu],
  )

  // In VR the DOM is out of sight: what the learner pointed at opens the in-world panel instead.
  const inVr = useXrSessionActive()
  const selectInRoom = useCallback(
    (target: MenuTarget) => (xrStore.getState().session ? vrMenuStore.getState().openFor(target) : openMenuFor(target)),
    [openMenuFor],
  )
  useEffect(() => {
    if (inVr) setMenu(null)
  }, [inVr])

  const togglePause = useCallback(() => {
    const store = simStore.getState()
    if (store.status === 'running') store.pause()
    else if (store.status === 'paused') store.resume()
  }, [])

  usePlayKeys(scenario, !ended, {
    openMenu: () => openMenuFor(null),
    togglePause,
    action: (actionId) => {
      const action = scenario.actions[actionId]
      if (!action) return
      if (needsDoseDialog(action)) return openMenu({ target: null, doseActionId: actionId, fromList: false })
      const outcome = performAction(simStore.getState(), { actionId })
      // Refusals by the engine arrive as events (and show in the feedback); a paused run never hears of it.
      if (!outcome.ok && simStore.getState().status !== 'running') notify(outcome.reason)
    },
  })

  // The screen loads lazily, after the app moved focus on navigation: start keyboard users at its heading.
  useEffect(() => {
    if (document.activeElement === document.body) document.getElementById('page-heading')?.focus()
  }, [])

  // The run ended while the menu was open: the results take over.
  useEffect(() => {
    if (ended) setMenu(null)
  }, [ended])

  return (
    <main id="main" className="play">
      <div className="play-layout" inert={ended}>
        <HudBar
          scenario={scenario}
          muted={muted}
          showActions={!compact}
          onToggleMute={() => setMuted((m) => !m)}
          onTogglePause={togglePause}
          onOpenMenu={() => openMenuFor(null)}
          actionsButton={actionsButton}
        />
        <div
          className="play-stage"
          role="region"
          aria-label="Resuscitation room (3D). Click or tap the patient or a piece of equipment to see what you can do there."
        >
          <SceneView onSelectEquipment={selectInRoom} headset />
          <Running />
          {status === 'paused' && current && (
            <div className="paused-banner">
              <p>Paused</p>
              <button type="button" className="button" onClick={togglePause}>
                Resume
              </button>
            </div>
          )}
          <Toast shown={shown} />
        </div>
        <aside className="play-side" aria-label="Monitor, findings and your actions">
          <SidePanel compact={compact} />
        </aside>
        {compact && (
          <div className="thumb-bar">
            <button
              ref={actionsButton}
              type="button"
              className="button thumb-actions"
              onClick={() => openMenuFor(null)}
              aria-haspopup="dialog"
            >
              Actions
            </button>
          </div>
        )}
      </div>
      <Announcer shown={shown} />
      {menu && current && !ended && (
        <ActionDialog
          key={menuKey}
          request={menu}
          paused={status === 'paused'}
          onRequest={setMenu}
          onClose={() => setMenu(null)}
          returnFocus={() => actionsButton.current}
        />
      )}
      {ended && <Results scenario={scenario} />}
    </main>
  )
}
