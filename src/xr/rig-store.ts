import { createStore } from 'zustand/vanilla'
import { useStore } from 'zustand'
import { BEDSIDE_SPOT, BEDSIDE_YAW, type RigPose } from './rig.ts'

const SEATED_KEY = 'resus.xr.seated'

export interface RigState {
  /** Seated play (remembered on this device): the origin is lifted so the bed is at a standing working height. */
  seated: boolean
  pose: RigPose
  /** Bumped to ask the rig to recentre on the next XR frame (it needs the headset's pose). */
  recentreRequests: number
  setSeated(seated: boolean): void
  requestRecentre(): void
  setPose(pose: RigPose): void
}

const readSeated = (): boolean => {
  try {
    return window.localStorage.getItem(SEATED_KEY) === '1'
  } catch {
    return false
  }
}

export const rigStore = createStore<RigState>()((set, get) => ({
  seated: typeof window === 'undefined' ? false : readSeated(),
  pose: { position: BEDSIDE_SPOT, yaw: BEDSIDE_YAW },
  recentreRequests: 0,
  setSeated(seated) {
    try {
      window.localStorage.setItem(SEATED_KEY, seated ? '1' : '0')
    } catch {
      // Private mode: the choice lasts for this page only.
    }
    set({ seated, recentreRequests: get().recentreRequests + 1 })
  },
  requestRecentre() {
    set({ recentreRequests: get().recentreRequests + 1 })
  },
  setPose(pose) {
    set({ pose })
  },
}))

export const useRig = <T>(selector: (state: RigState) => T): T => useStore(rigStore, selector)
