import { useMemo } from 'react'
import type { Activity } from '../../engine/types.ts'
import {
  selectActionLog,
  selectActiveActivities,
  selectAvailableActions,
  selectElapsedS,
  simStore,
  useSim,
} from '../../store/index.ts'
import { activityOf } from '../../ui/action-menu/catalogue.ts'
import { activityName } from '../../ui/hud/Running.tsx'
import { selectRunning } from '../../ui/hud/selectors.ts'
import { actionPanelModel } from './action-panel-model.ts'
import { CanvasPanel } from './CanvasPanel.tsx'
import { dosePadModel } from './dose-pad.ts'
import { findAction, pressActionPanel, pressDosePanel, pressStatusPanel } from './menu-press.ts'
import type { MenuStores, StatusHost } from './menu-press.ts'
import { PANEL_PX_PER_M, PANEL_WIDTH_PX } from './panel-model.ts'
import { latestFeedback, statusPanelModel } from './status-panel-model.ts'
import { isDoseView, useVrMenu, vrMenuStore } from './vr-menu-store.ts'
import type { ActionsView, DoseView } from './vr-menu-store.ts'

/** Where a panel floats: the centre of its top edge, turned about the vertical axis to face the learner. */
export interface PanelAnchor {
  position: readonly [number, number, number]
  rotationY: number
}

export interface VrMenusProps extends StatusHost {
  /** The action list or dose pad. */
  anchor: PanelAnchor
  statusAnchor: PanelAnchor
  seated: boolean
}

export const PANEL_NAMES = { actions: 'vr-panel-actions', dose: 'vr-panel-dose', status: 'vr-panel-status' } as const

const WIDTH_M = PANEL_WIDTH_PX / PANEL_PX_PER_M
const STORES: MenuStores = { sim: simStore, menu: vrMenuStore }
type Active = Readonly<Record<string, Activity>>

/** The headset's menus, mounted inside the XR scene: the action list or dose pad when open, and the status panel always. */
export function VrMenus({ anchor, statusAnchor, seated, onRecentre, onToggleSeated, onExit }: VrMenusProps) {
  const open = useVrMenu((s) => s.open)
  const host: StatusHost = { onRecentre, onToggleSeated, onExit }
  return (
    <>
      {open !== null && !isDoseView(open) && <ActionsPanel view={open} anchor={anchor} />}
      {isDoseView(open) && <DosePanel view={open} anchor={anchor} />}
      <StatusPanel anchor={statusAnchor} seated={seated} host={host} />
    </>
  )
}

const rotationOf = (anchor: PanelAnchor) => [0, anchor.rotationY, 0] as const

function ActionsPanel({ view, anchor }: { view: ActionsView; anchor: PanelAnchor }) {
  const actions = useSim(selectAvailableActions)
  const active = useSim(selectActiveActivities) as Active
  const paused = useSim((s) => s.status === 'paused')
  const message = useVrMenu((s) => s.message)
  const model = useMemo(
    () => actionPanelModel({ actions, active, target: view.target, page: view.page, paused, message }),
    [actions, active, view, paused, message],
  )
  return (
    <CanvasPanel
      name={PANEL_NAMES.actions}
      model={model}
      widthM={WIDTH_M}
      position={anchor.position}
      rotation={rotationOf(anchor)}
      onPress={(id) => pressActionPanel(id, STORES)}
    />
  )
}

function DosePanel({ view, anchor }: { view: DoseView; anchor: PanelAnchor }) {
  const scenario = useSim((s) => s.scenario)
  const active = useSim(selectActiveActivities) as Active
  const model = useMemo(() => {
    const action = findAction(scenario, view.dose)
    if (!action) return null
    const activity = activityOf(action)
    const running = activity === null ? undefined : active[activity]
    return dosePadModel(action, view.pad, { canGoBack: view.back !== null, ...(running && { running }) })
  }, [scenario, active, view])
  if (!model) return null
  return (
    <CanvasPanel
      name={PANEL_NAMES.dose}
      model={model}
      widthM={WIDTH_M}
      position={anchor.position}
      rotation={rotationOf(anchor)}
      onPress={(id) => pressDosePanel(id, STORES)}
    />
  )
}

function StatusPanel({ anchor, seated, host }: { anchor: PanelAnchor; seated: boolean; host: StatusHost }) {
  const elapsedS = useSim(selectElapsedS)
  const status = useSim((s) => s.status)
  const log = useSim(selectActionLog)
  const running = useSim(selectRunning)
  const scenario = useSim((s) => s.scenario)
  const events = useSim((s) => s.events)
  // A notice set while no menu is open (e.g. a refused drop of an item) shows here, else what the last action found.
  const notice = useVrMenu((s) => (s.open === null ? s.message : null))
  const feedback = useMemo(() => (notice ? [notice] : latestFeedback(events, scenario)), [notice, events, scenario])
  const model = useMemo(
    () => statusPanelModel({ elapsedS, status, log, scenario, running, feedback, seated, activityName }),
    [elapsedS, status, log, scenario, running, feedback, seated],
  )
  return (
    <CanvasPanel
      name={PANEL_NAMES.status}
      model={model}
      widthM={WIDTH_M}
      position={anchor.position}
      rotation={rotationOf(anchor)}
      onPress={(id) => pressStatusPanel(id, STORES, host)}
    />
  )
}
