import type { StoreApi } from 'zustand/vanilla'
import type { Scenario } from '../../scenario/schema/index.ts'
import type { SimStoreState } from '../../store/index.ts'
import { needsDoseDialog } from '../../ui/action-menu/catalogue.ts'
import { performAction } from '../../ui/action-menu/perform.ts'
import { refusalText } from '../../ui/hud/feedback.ts'
import { pressDosePad, submitDose } from './dose-pad.ts'
import type { DoseAction } from './dose-pad.ts'
import { isDoseView } from './vr-menu-store.ts'
import type { VrMenuState } from './vr-menu-store.ts'

/**
 * What a press on each panel does, as plain functions over the two stores (no React), so a whole
 * headset flow (point, choose, type a dose, give) is tested in Node.
 */
export interface MenuStores {
  sim: StoreApi<SimStoreState>
  menu: StoreApi<VrMenuState>
}

/** An action of the scenario by id, from the whole catalogue as the desktop dialog takes it. */
export function findAction(scenario: Scenario | null, actionId: string): DoseAction | null {
  const action = scenario?.actions[actionId]
  return action ? { ...action, id: actionId } : null
}

export function pressActionPanel(id: string, { sim, menu }: MenuStores): void {
  const m = menu.getState()
  const open = m.open
  if (open === null || isDoseView(open)) return
  if (id === 'close') return m.close()
  if (id === 'all') return m.openAll()
  if (id === 'next') return m.setPage(open.page + 1)
  if (id === 'prev') return m.setPage(open.page - 1)
  if (!id.startsWith('action:')) return
  const action = findAction(sim.getState().scenario, id.slice('action:'.length))
  if (!action) return
  if (needsDoseDialog(action)) return m.openDose(action.id)
  const outcome = performAction(sim.getState(), { actionId: action.id })
  if (outcome.ok) m.close()
  else m.setMessage(refusalText(action.label, outcome.reason))
}

export function pressDosePanel(id: string, { sim, menu }: MenuStores): void {
  const m = menu.getState()
  const open = m.open
  if (!isDoseView(open)) return
  if (id === 'cancel') return m.close()
  if (id === 'back') return m.back()
  const action = findAction(sim.getState().scenario, open.dose)
  if (!action) return m.close()
  if (id !== 'give') return m.setPad(pressDosePad(action, open.pad, id))
  const submitted = submitDose(action, open.pad)
  if (!submitted.ok) return m.setPad(submitted.state)
  const outcome = performAction(sim.getState(), submitted.request)
  if (outcome.ok) m.close()
  else m.setPad({ ...open.pad, error: `Not done: ${outcome.reason}` })
}

export interface StatusHost {
  onRecentre: () => void
  onToggleSeated: () => void
  onExit: () => void
}

export function pressStatusPanel(id: string, { sim, menu }: MenuStores, host: StatusHost): void {
  const s = sim.getState()
  if (id === 'actions') menu.getState().openAll()
  else if (id === 'pause') {
    if (s.status === 'running') s.pause()
    else if (s.status === 'paused') s.resume()
  } else if (id === 'recentre') host.onRecentre()
  else if (id === 'seated') host.onToggleSeated()
  else if (id === 'exit') host.onExit()
}
