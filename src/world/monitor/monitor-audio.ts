import type { SimStoreState } from '../../store/index.ts'
import { MONITOR_PLACEMENT } from '../layout.ts'
import { listenerPose } from './listener-pose.ts'
import { monitorClock, type MonitorClock } from './monitor-clock.ts'
import { createSignals, readSignals } from './monitor-readout.ts'
import { createSoundPlanner, type SoundInput, type Tone } from './sound-plan.ts'

export interface MonitorAudio {
  /** Creates and resumes the audio context: call from a user gesture (browsers block sound before one). */
  start(): Promise<void>
  /** Call every frame: beeps on each heartbeat and schedules alarm bursts. */
  update(state: SimStoreState): void
  setMuted(muted: boolean): void
  dispose(): void
}

const BEEP_GAIN = 0.16
const ALARM_GAIN = 0.12
/** Gentle fall-off: the alarm must still be heard from across the bay, only located at the monitor. */
const ROLLOFF = 0.4

/** Sets an AudioParam only when it changed (AudioParams are slow to write every frame). */
const setParam = (param: AudioParam, value: number) => {
  if (Math.abs(param.value - value) > 1e-3) param.value = value
}

/** Moves the Web Audio listener to the learner's ears (the camera, or the headset in VR). */
function syncListener(listener: AudioListener): void {
  const { position: p, forward: f, up: u } = listenerPose
  if (!listener.positionX) return // Older engines without AudioParams: the sound stays centred.
  setParam(listener.positionX, p[0])
  setParam(listener.positionY, p[1])
  setParam(listener.positionZ, p[2])
  setParam(listener.forwardX, f[0])
  setParam(listener.forwardY, f[1])
  setParam(listener.forwardZ, f[2])
  setParam(listener.upX, u[0])
  setParam(listener.upY, u[1])
  setParam(listener.upZ, u[2])
}

/**
 * The monitor's sounds with the Web Audio API only (oscillators and gain envelopes, no audio files):
 * the pulse-oximeter beep and the alarm tones decided by sound-plan.ts. The beat clock is shared with
 * the screens, so each beep falls on a QRS as it is drawn.
 */
export function createMonitorAudio(clock: MonitorClock = monitorClock): MonitorAudio {
  let ctx: AudioContext | null = null
  let master: GainNode | null = null
  let alarmWave: PeriodicWave | null = null
  let muted = false
  const planner = createSoundPlanner()
  const sig = createSignals()
  const tones: Tone[] = []
  const scheduledAlarms = new Set<OscillatorNode>()
  const input: SoundInput = { running: false, beep: false, spo2Pct: 0, rhythm: 'sinus', seed: 0, beats: 0, alarms: [] }

  const cancelAlarms = () => {
    for (const osc of scheduledAlarms) {
      try {
        osc.stop()
      } catch {
        // Already stopped.
      }
    }
    scheduledAlarms.clear()
  }

  const play = (audio: AudioContext, out: GainNode, tone: Tone) => {
    const osc = audio.createOscillator()
    const env = audio.createGain()
    if (tone.kind === 'alarm' && alarmWave) osc.setPeriodicWave(alarmWave)
    else osc.type = 'sine'
    osc.frequency.value = tone.frequencyHz
    const t = Math.max(tone.atSec, audio.currentTime)
    const peak = tone.kind === 'alarm' ? ALARM_GAIN : BEEP_GAIN
    // Short attack and release: no clicks, and pulses that stay distinct.
    env.gain.setValueAtTime(0, t)
    env.gain.linearRampToValueAtTime(peak, t + 0.008)
    env.gain.setValueAtTime(peak, t + tone.durationSec - 0.02)
    env.gain.linearRampToValueAtTime(0, t + tone.durationSec)
    osc.connect(env).connect(out)
    osc.start(t)
    osc.stop(t + tone.durationSec + 0.01)
    if (tone.kind === 'alarm') scheduledAlarms.add(osc)
    osc.onended = () => {
      scheduledAlarms.delete(osc)
      env.disconnect()
    }
  }

  return {
    async start() {
      if (!ctx) {
        ctx = new AudioContext()
        master = ctx.createGain()
        master.gain.value = muted ? 0 : 1
        // The sounds come from the monitor's place in the room: in a headset the alarm is heard where it is.
        const panner = new PannerNode(ctx, {
          panningModel: 'HRTF',
          distanceModel: 'inverse',
          refDistance: 1,
          rolloffFactor: ROLLOFF,
          positionX: MONITOR_PLACEMENT.at[0],
          positionY: MONITOR_PLACEMENT.at[1],
          positionZ: MONITOR_PLACEMENT.at[2],
        })
        master.connect(panner).connect(ctx.destination)
        // Alarm timbre: a fundamental with four harmonics, as the alarm standard asks for audibility.
        alarmWave = ctx.createPeriodicWave(
          new Float32Array([0, 0, 0, 0, 0, 0]),
          new Float32Array([0, 1, 0.5, 0.3, 0.2, 0.12]),
        )
      }
      if (ctx.state === 'suspended') await ctx.resume()
    },
    update(state) {
      if (!ctx || !master || ctx.state !== 'running') return
      syncListener(ctx.listener)
      const sim = state.sim
      const wallMs = performance.now()
      if (sim && readSignals(state, sig)) {
        clock.sync(wallMs, sig.ecgRateBpm ?? 0, sig.breathRatePerMin)
        input.running = state.status === 'running'
        input.beep = sig.pulse && sig.plethOn && (sig.ecgRateBpm ?? 0) > 0
        input.spo2Pct = sim.vitals.spo2
        input.rhythm = sig.rhythm
        input.seed = sig.seed
        input.beats = clock.beatsAt(wallMs)
        input.alarms = sim.alarms
      } else {
        input.running = false
      }
      tones.length = 0
      if (planner.plan(input, ctx.currentTime, tones)) cancelAlarms()
      if (muted) return
      for (const tone of tones) play(ctx, master, tone)
    },
    setMuted(value) {
      muted = value
      if (muted) cancelAlarms()
      if (ctx && master) master.gain.setTargetAtTime(muted ? 0 : 1, ctx.currentTime, 0.01)
    },
    dispose() {
      cancelAlarms()
      void ctx?.close()
      ctx = null
      master = null
    },
  }
}
