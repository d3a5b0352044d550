import { useFrame } from '@react-three/fiber'
import { useEffect, useMemo, useRef } from 'react'
import { simStore, useSim } from '../store/index.ts'
import { STERNUM } from '../world/patient/body-geometry.ts'
import { patientToWorld } from '../world/layout.ts'
import { learnerHands } from '../world/patient/learner-hands.ts'
import { onSternum } from './cpr/chest-contact.ts'
import { createCprClock, parseFixedFrameMs } from './cpr-clock.ts'
import { createCompressionMeter, describeCycle, type MeterEvent } from './cpr/index.ts'
import { vrMenuStore } from './panels/vr-menu-store.ts'
import { pulse, trackedHands } from './tracked-hands.ts'

const STERNUM_AT = patientToWorld(STERNUM)
const _left: [number, number, number] = [0, 0, 0]
const _right: [number, number, number] = [0, 0, 0]

/** The scene's action that starts CPR (the same the desktop toggle performs). */
const cprStartAction = () =>
  Object.entries(simStore.getState().scenario?.actions ?? {}).find(([, a]) => a.handler === 'cpr-start')?.[0] ?? null

function handle(events: readonly MeterEvent[], describe: (e: Extract<MeterEvent, { type: 'cycle' }>) => string) {
  const store = simStore.getState()
  const cprOn = store.sim?.active['cpr'] !== undefined
  for (const event of events) {
    switch (event.type) {
      case 'compression': {
        // Hands on the sternum and pushing is starting CPR: no menu. Quality 0 until the meter has measured.
        if (!cprOn) {
          const actionId = cprStartAction()
          if (actionId) store.perform({ type: 'action.perform', actionId, quality: 0 })
        }
        pulse(trackedHands.left, 0.6, 35)
        pulse(trackedHands.right, 0.6, 35)
        break
      }
      case 'quality':
        if (simStore.getState().sim?.active['cpr'] !== undefined) {
          store.perform({ type: 'cpr.quality', quality: event.quality, metrics: event.metrics })
        }
        break
      case 'pause':
        if (!event.ended)
          vrMenuStore.getState().setMessage(`Hands off for ${Math.round(event.durationS)} s: resume compressions.`)
        break
      case 'cycle':
        vrMenuStore.getState().setMessage(describe(event))
        break
    }
  }
}

/**
 * CPR performed in the headset: both hands (or controllers) on the lower sternum, pushing. The meter turns the
 * hands' vertical motion into rate, depth, recoil and pauses against the scene's targets; the engine gets the
 * quality (perfusion and EtCO2 follow), each compression buzzes the controllers, and each 2-minute cycle ends
 * with feedback on the status panel.
 */
export function CprHands() {
  const targets = useSim((s) => s.scenario?.cpr?.targets)
  const meter = useMemo(() => (targets ? createCompressionMeter(targets) : null), [targets])
  const cprOn = useSim((s) => s.sim?.active['cpr'] !== undefined)
  const measured = useRef(false)
  const clock = useMemo(() => createCprClock(parseFixedFrameMs(window.location.search)), [])

  // In the headset the learner is the compressor: the room shows no team member doing it for them.
  useEffect(() => {
    learnerHands.compressing = true
    return () => {
      learnerHands.compressing = false
    }
  }, [])

  // CPR started from a panel in VR: nothing is assumed, the quality is what the hands do (none yet).
  useEffect(() => {
    if (!cprOn) {
      meter?.reset()
      measured.current = false
      return
    }
    if (!measured.current) simStore.getState().perform({ type: 'cpr.quality', quality: 0 })
  }, [cprOn, meter])

  useFrame((_state, deltaS) => {
    const nowMs = clock.tick(deltaS)
    if (!meter || !targets || simStore.getState().status !== 'running') return
    const { left, right } = trackedHands
    let on = left.present && right.present
    if (on) {
      left.position.toArray(_left)
      right.position.toArray(_right)
      on = onSternum(_left, STERNUM_AT) && onSternum(_right, STERNUM_AT)
    }
    const height = left.present && right.present ? (_left[1] + _right[1]) / 2 : Number.NaN
    const events = meter.sample(nowMs, on, height)
    if (events.length === 0) return
    if (events.some((e) => e.type === 'compression')) measured.current = true
    handle(events, (e) => describeCycle(e.summary, targets).join(' · '))
  })
  return null
}
