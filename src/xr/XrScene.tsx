import { useThree } from '@react-three/fiber'
import { XR, useXR } from '@react-three/xr'
import { useEffect, type ReactNode } from 'react'
import { simStore } from '../store/index.ts'
import { BEDSIDE_VIEW } from '../world/layout.ts'
import { rigStore } from './rig-store.ts'
import { CprHands } from './CprHands.tsx'
import { HoverLabel } from './HoverLabel.tsx'
import { XrHands } from './XrHands.tsx'
import { XrPanels } from './XrPanels.tsx'
import { XrRig } from './XrRig.tsx'
import { xrStore } from './xr-store.ts'

/**
 * Pauses the run when the headset stops showing it (the Meta button, taking it off) and, on leaving VR, puts
 * the desktop camera back at the bedside (three leaves it where the headset was).
 */
function useSessionLifecycle(session: XRSession | undefined): void {
  const camera = useThree((s) => s.camera)
  useEffect(() => {
    if (!session) return
    rigStore.getState().requestRecentre()
    simStore.getState().setInputMode('headset')
    const onVisibility = () => {
      if (session.visibilityState !== 'visible') simStore.getState().pause()
    }
    session.addEventListener('visibilitychange', onVisibility)
    return () => {
      session.removeEventListener('visibilitychange', onVisibility)
      simStore.getState().setInputMode('desktop')
      camera.position.set(...BEDSIDE_VIEW.position)
      camera.lookAt(...BEDSIDE_VIEW.target)
    }
  }, [session, camera])
}

function InSession({ children }: { children?: ReactNode }) {
  const session = useXR((s) => s.session)
  useSessionLifecycle(session)
  if (!session) return null
  return (
    <>
      <XrHands />
      <XrRig />
      <XrPanels />
      <CprHands />
      <HoverLabel />
      {children}
    </>
  )
}

/**
 * The room, ready for a headset: desktop rendering is unchanged until the learner presses Enter VR; then the
 * rig, the hands, the in-world panels and performed CPR join the scene.
 */
export function XrScene({ children }: { children: ReactNode }) {
  return (
    <XR store={xrStore}>
      {children}
      <InSession />
    </XR>
  )
}
