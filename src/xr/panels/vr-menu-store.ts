import { useStore } from 'zustand'
import { createStore } from 'zustand/vanilla'
import type { StoreApi } from 'zustand/vanilla'
import type { MenuTarget } from '../../ui/action-menu/catalogue.ts'
import { EMPTY_DOSE_PAD } from './dose-pad.ts'
import type { DosePadState } from './dose-pad.ts'

/** The action list at a target (null: every action), on a page. */
export interface ActionsView {
  target: MenuTarget | null
  page: number
}

/** The dose pad of one action; `back` is the list it was opened from (null: opened directly, no "Back"). */
export interface DoseView {
  dose: string
  back: ActionsView | null
  pad: DosePadState
}

export type VrMenuView = ActionsView | DoseView

export const isDoseView = (view: VrMenuView | null): view is DoseView => view !== null && 'dose' in view

export interface VrMenuState {
  open: VrMenuView | null
  /**
   * A refusal or notice ("Not done: …"): shown on the open action list, or on the status panel while no
   * menu is open. Opening or closing a menu clears it.
   */
  message: string | null
  /** The actions at what the learner pointed at (the patient, a piece of equipment). */
  openFor(target: MenuTarget): void
  openAll(): void
  /** The dose pad, empty: from the list shown now ("Back" returns there) or on its own. */
  openDose(actionId: string): void
  setPage(page: number): void
  setPad(pad: DosePadState): void
  /** From the dose pad back to the list it came from (or closed, when there is none). */
  back(): void
  setMessage(message: string | null): void
  close(): void
}

/** The headset menus' state, apart from the simulation (which stays in the sim store). */
export function createVrMenuStore(): StoreApi<VrMenuState> {
  return createStore<VrMenuState>()((set, get) => ({
    open: null,
    message: null,
    openFor: (target) => set({ open: { target, page: 0 }, message: null }),
    openAll: () => set({ open: { target: null, page: 0 }, message: null }),
    openDose: (actionId) => {
      const { open } = get()
      const back = open === null ? null : isDoseView(open) ? open.back : open
      set({ open: { dose: actionId, back, pad: EMPTY_DOSE_PAD }, message: null })
    },
    setPage: (page) => {
      const { open } = get()
      if (open && !isDoseView(open)) set({ open: { ...open, page: Math.max(0, page) } })
    },
    setPad: (pad) => {
      const { open } = get()
      if (isDoseView(open)) set({ open: { ...open, pad } })
    },
    back: () => {
      const { open } = get()
      if (isDoseView(open)) set({ open: open.back, message: null })
    },
    setMessage: (message) => set({ message }),
    close: () => set({ open: null, message: null }),
  }))
}

/** The app's one VR menu store: the XR input opens it (`vrMenuStore.getState().openFor('patient')`). */
export const vrMenuStore: StoreApi<VrMenuState> = createVrMenuStore()

export function useVrMenu<T>(selector: (s: VrMenuState) => T): T {
  return useStore(vrMenuStore, selector)
}
