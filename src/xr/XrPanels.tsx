import { useFrame } from '@react-three/fiber'
import { useEffect, useRef, useState } from 'react'
import { Euler, Quaternion, Vector3 } from 'three'
import { simStore } from '../store/index.ts'
import { performAction } from '../ui/action-menu/perform.ts'
import { dropOutcome, Grabbables, type DropHandler } from './grab/Grabbables.tsx'
import { panelAnchors, type EyePose } from './panel-anchors.ts'
import { VrMenus } from './panels/VrMenus.tsx'
import { vrMenuStore, useVrMenu } from './panels/vr-menu-store.ts'
import { rigStore, useRig } from './rig-store.ts'
import { xrStore } from './xr-store.ts'

const _p = new Vector3()
const _q = new Quaternion()
const _e = new Euler(0, 0, 0, 'YXZ')

/** Putting an item on the patient does what the scene says it does: act, ask for a dose, or choose. */
const onDrop: DropHandler = (item, zone) => {
  const outcome = dropOutcome(item, zone)
  const menu = vrMenuStore.getState()
  if (outcome.kind === 'choose') return menu.openFor(outcome.equipment)
  if (outcome.kind !== 'perform') return
  if (outcome.needsDose) return menu.openDose(outcome.actionId)
  const result = performAction(simStore.getState(), { actionId: outcome.actionId })
  if (!result.ok) menu.setMessage(`${item.label}: ${result.reason}`)
}

/**
 * The in-world panels and the grabbable kit. Panels are placed in front of the learner when a menu opens
 * and after a recentre or teleport (a React render then, never per frame); they stay put while the learner
 * leans in, like a real screen would.
 */
export function XrPanels() {
  const open = useVrMenu((s) => s.open)
  const rigPose = useRig((s) => s.pose)
  const seated = useRig((s) => s.seated)
  const [eye, setEye] = useState<EyePose | null>(null)
  const opened = open !== null

  const reanchor = useRef(true)

  // Re-anchor when a menu opens and when the rig moves, on the next XR frame (window.requestAnimationFrame
  // does not run while a headset presents): the camera then holds the headset's pose.
  useEffect(() => {
    reanchor.current = true
  }, [opened, rigPose])
  useFrame(({ camera }) => {
    if (!reanchor.current) return
    reanchor.current = false
    camera.getWorldPosition(_p)
    camera.getWorldQuaternion(_q)
    _e.setFromQuaternion(_q)
    setEye({ position: [_p.x, _p.y, _p.z], yaw: _e.y })
  })

  if (!eye) return null
  const anchors = panelAnchors(eye)
  return (
    <>
      <VrMenus
        anchor={anchors.menu}
        statusAnchor={anchors.status}
        seated={seated}
        onRecentre={() => rigStore.getState().requestRecentre()}
        onToggleSeated={() => rigStore.getState().setSeated(!rigStore.getState().seated)}
        onExit={() => void xrStore.getState().session?.end()}
      />
      <Grabbables onDrop={onDrop} />
    </>
  )
}
