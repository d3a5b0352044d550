import { useFrame } from '@react-three/fiber'
import { useMemo, useRef } from 'react'
import type { Group } from 'three'
import { simStore, useSim } from '../../store/index.ts'
import { SIDES, trackedHands, pulse, type TrackedHand } from '../tracked-hands.ts'
import { GRAB_ITEMS, placementOf, zoneAt, type GrabItem } from './grab-items.ts'

/** A hand this close to an item (m) picks it up when the grip closes. */
const REACH_M = 0.12

export type DropHandler = (item: GrabItem, zone: string | null) => void

function ItemShape({ id }: { id: GrabItem['id'] }) {
  switch (id) {
    case 'pads':
      return (
        <mesh>
          <boxGeometry args={[0.16, 0.02, 0.12]} />
          <meshStandardMaterial color="#f1f5f9" />
        </mesh>
      )
    case 'bvm':
      return (
        <group rotation-z={Math.PI / 2}>
          <mesh>
            <capsuleGeometry args={[0.055, 0.14, 4, 12]} />
            <meshStandardMaterial color="#60a5fa" />
          </mesh>
          <mesh position={[0, 0.13, 0]}>
            <coneGeometry args={[0.06, 0.06, 12]} />
            <meshStandardMaterial color="#e2e8f0" transparent opacity={0.85} />
          </mesh>
        </group>
      )
    case 'syringe':
      return (
        <mesh rotation-z={Math.PI / 2}>
          <cylinderGeometry args={[0.012, 0.012, 0.12, 10]} />
          <meshStandardMaterial color="#fef9c3" />
        </mesh>
      )
  }
}

interface Hold {
  item: GrabItem
  hand: 'left' | 'right'
}

/** What a hand holds (a loop, not find(): this runs every frame and should not allocate). */
function heldBy(holds: readonly Hold[], hand: Hold['hand']): Hold | undefined {
  for (const hold of holds) if (hold.hand === hand) return hold
  return undefined
}

/**
 * Pads, bag-valve-mask and syringe that a clinician picks up (grip, or pinch with tracked hands) and puts on
 * the patient: pads on the chest, the mask on the face, the syringe at the IV port or the thigh. Letting go
 * there performs the scene's matching action (or opens its choices); anywhere else the item goes back.
 */
export function Grabbables({ onDrop }: { onDrop: DropHandler }) {
  const equipment = useSim((s) => s.scenario?.setting.equipment)
  const items = useMemo(() => GRAB_ITEMS.filter((item) => equipment?.includes(item.equipment)), [equipment])
  const groups = useRef(new Map<GrabItem['id'], Group>())
  const holds = useRef<Hold[]>([])
  const wasGrabbing = useRef({ left: false, right: false })

  useFrame(() => {
    for (const side of SIDES) {
      const hand: TrackedHand = trackedHands[side]
      const grabbing = hand.present && hand.grabbing
      const held = heldBy(holds.current, side)
      if (grabbing && !wasGrabbing.current[side] && !held) {
        const item = items.find((i) => {
          const group = groups.current.get(i.id)
          return (
            group && !holds.current.some((h) => h.item === i) && group.position.distanceTo(hand.position) <= REACH_M
          )
        })
        if (item) {
          holds.current.push({ item, hand: side })
          pulse(hand, 0.4, 30)
        }
      } else if (!grabbing && wasGrabbing.current[side] && held) {
        holds.current = holds.current.filter((h) => h !== held)
        const at = hand.position
        const zone = zoneAt(held.item, [at.x, at.y, at.z])
        const group = groups.current.get(held.item.id)
        group?.position.set(...held.item.home)
        group?.quaternion.identity()
        onDrop(held.item, zone?.name ?? null)
      }
      wasGrabbing.current[side] = grabbing
    }
    for (const { item, hand } of holds.current) {
      const group = groups.current.get(item.id)
      const tracked = trackedHands[hand]
      if (group && tracked.present) {
        group.position.copy(tracked.position)
        group.quaternion.copy(tracked.quaternion)
      }
    }
  })

  return (
    <>
      {/* Empty markers (nothing drawn) naming where each item goes, for tests and debugging. */}
      {items.flatMap((item) =>
        item.zones.map((zone, i) => (
          <object3D
            key={`${item.id}-${i}`}
            name={`drop-${item.id}-${zone.name.replace(/\s+/g, '-')}-${i}`}
            position={zone.at}
          />
        )),
      )}
      {items.map((item) => (
        <group
          key={item.id}
          name={`grab-${item.id}`}
          position={item.home}
          ref={(group) => {
            if (group) groups.current.set(item.id, group)
            else groups.current.delete(item.id)
          }}
        >
          <ItemShape id={item.id} />
        </group>
      ))}
    </>
  )
}

/** What a drop means for the run, from the scene's actions (nothing when it was not put on the patient). */
export function dropOutcome(item: GrabItem, zone: string | null) {
  const scenario = simStore.getState().scenario
  if (!zone || !scenario) return { kind: 'none' as const }
  return placementOf(item, scenario.actions)
}
