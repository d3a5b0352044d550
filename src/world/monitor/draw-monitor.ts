import type { AlarmId } from '../../engine/types.ts'
import type { NumericVital } from '../../scenario/schema/index.ts'
import type { SimStoreState } from '../../store/index.ts'
import { capnoAtBreath, capnoDuringCpr } from './capno.ts'
import { createAlarmBar } from './draw-alarm-bar.ts'
import {
  createBlock,
  drawBlockFrame,
  drawBlockSub,
  drawBlockValue,
  endBlock,
  type NumericBlock,
} from './draw-numerics.ts'
import { ecgAtBeat } from './ecg.ts'
import { monitorClock, type MonitorClock } from './monitor-clock.ts'
import {
  alarmPriority,
  createNumerics,
  createSignals,
  readNumerics,
  readSignals,
  type AlarmPriority,
} from './monitor-readout.ts'
import {
  COLOURS,
  createClockText,
  font,
  intText,
  kPaTenths,
  NO_READING,
  parenText,
  tenthsText,
} from './monitor-text.ts'
import { plethAtBeat } from './pleth.ts'
import { createTraceStrip, strokeTraceStrip, updateTraceStrip } from './trace-strip.ts'

export interface MonitorDrawer {
  /** Draws the whole screen: values from the store, sweep position from the wall clock (ms). */
  draw(state: SimStoreState, wallMs: number): void
}

/** Sweep windows: ECG and pleth at about 25 mm/s, the capnogram four times slower to show several breaths. */
const FAST_WINDOW_SEC = 6
const CAPNO_WINDOW_SEC = 24

/**
 * A patient monitor on a 2D canvas of `width` × `height` pixels (any size from about 320 × 200; the
 * layout scales): ECG, pleth and capnography sweeping with an erase bar, the numerics beside them,
 * alarm colours and messages. Shared by the 3D screen (CanvasTexture) and the 2D panel. It allocates
 * nothing per frame after the first.
 */
export function createMonitorDrawer(
  ctx: CanvasRenderingContext2D,
  width: number,
  height: number,
  clock: MonitorClock = monitorClock,
): MonitorDrawer {
  const W = width
  const H = height
  const u = Math.min(W / 1024, H / 640)
  const headerH = Math.round(H * 0.075)
  const traceX = Math.round(W * 0.012)
  const traceW = Math.round(W * 0.65) - traceX
  const numX = Math.round(W * 0.665)
  const numW = W - numX - Math.round(W * 0.006)
  const ecgTop = headerH + 2
  const ecgH = Math.round(H * 0.29)
  const plethTop = ecgTop + ecgH
  const plethH = Math.round(H * 0.2)
  const capnoTop = plethTop + plethH
  const capnoH = Math.round(H * 0.2)
  const bottomTop = capnoTop + capnoH
  const bottomH = H - bottomTop - 2

  const ecg = createTraceStrip(traceX, ecgTop + 2, traceW, ecgH - 4, FAST_WINDOW_SEC)
  const pleth = createTraceStrip(traceX, plethTop + 2, traceW, plethH - 4, FAST_WINDOW_SEC)
  const capno = createTraceStrip(traceX, capnoTop + 2, traceW, capnoH - 4, CAPNO_WINDOW_SEC)
  const gapPx = Math.max(6, Math.round(14 * u))
  const lineWidth = Math.max(1.5, 3 * u)

  const hrBlock = createBlock(ctx, numX, ecgTop, numW, ecgH, 'HR', '/min', COLOURS.ecg, 0.6)
  const spo2Block = createBlock(ctx, numX, plethTop, numW, plethH, 'SpO2', '%', COLOURS.pleth, 0.66)
  const halfW = Math.round(numW / 2)
  const etco2Block = createBlock(ctx, numX, capnoTop, halfW, capnoH, 'EtCO2', 'mmHg', COLOURS.capno, 0.5)
  const rrBlock = createBlock(ctx, numX + halfW, capnoTop, numW - halfW, capnoH, 'RR', '/min', COLOURS.rr, 0.5)
  const nibpBlock = createBlock(ctx, traceX, bottomTop, Math.round(W * 0.45), bottomH, 'NBP', 'mmHg', COLOURS.nibp, 0.5)
  const tempBlock = createBlock(ctx, numX, bottomTop, numW, bottomH, 'Temp', '°C', COLOURS.temp, 0.42)

  const headerFont = font(headerH * 0.5)
  const traceLabelFont = font(Math.max(9, 17 * u))
  const noticeFont = font(Math.max(9, 20 * u), false)
  const nibpSmallFont = font(bottomH * 0.3)
  const drawAlarmBar = createAlarmBar(ctx, Math.round(W * 0.2), W - headerH * 2.4, headerH)

  const sig = createSignals()
  const num = createNumerics()
  const clockText = createClockText()

  const ecgAt = (tMs: number) =>
    sig.ecgOn ? ecgAtBeat(sig.rhythm, sig.ecgRateBpm ?? 0, clock.beatsAt(tMs), tMs / 1000, sig.seed) : NaN
  const plethAt = (tMs: number) =>
    sig.plethOn
      ? plethAtBeat(sig.rhythm, sig.ecgRateBpm ?? 0, clock.beatsAt(tMs), tMs / 1000, sig.seed, sig.pulse)
      : NaN
  const capnoAt = (tMs: number) => {
    if (!sig.capnoOn) return NaN
    if (sig.cprVentilation) return capnoDuringCpr(sig.etco2MmHg, tMs / 1000, sig.seed)
    return capnoAtBreath(sig.breathRatePerMin, sig.etco2MmHg, clock.breathsAt(tMs))
  }

  const text = (s: string, x: number, y: number, colour: string, f: string, align: CanvasTextAlign) => {
    ctx.fillStyle = colour
    ctx.font = f
    ctx.textAlign = align
    ctx.fillText(s, x, y)
  }

  function drawHeader(state: SimStoreState) {
    const sim = state.sim
    ctx.textBaseline = 'middle'
    const mid = headerH / 2
    const adult = (state.scenario?.patient.ageYears ?? 18) >= 16
    text(adult ? 'ADULT' : 'PAED', traceX, mid, COLOURS.label, headerFont, 'left')
    if (state.status === 'paused' || state.status === 'ended') {
      text(
        state.status === 'paused' ? 'PAUSED' : 'ENDED',
        traceX + headerH * 2.3,
        mid,
        COLOURS.status,
        headerFont,
        'left',
      )
    }
    text(clockText(Math.floor((sim?.nowMs ?? 0) / 1000)), W - traceX, mid, COLOURS.label, headerFont, 'right')
    if (sim) drawAlarmBar(sim, state.scenario)
  }

  function drawTraces() {
    ctx.lineWidth = lineWidth
    ctx.lineJoin = 'round'
    ctx.strokeStyle = COLOURS.ecg
    strokeTraceStrip(ctx, ecg, ecg.y + ecg.height * 0.6, ecg.height * 0.32, gapPx)
    ctx.strokeStyle = COLOURS.pleth
    strokeTraceStrip(ctx, pleth, pleth.y + pleth.height * 0.9, pleth.height * 0.62, gapPx)
    // Capnogram scale: 0–50 mmHg, or 0–100 when the end-tidal value would not fit.
    const scale = sig.etco2MmHg > 45 ? 100 : 50
    const capnoBase = capno.y + capno.height * 0.92
    const capnoGain = (capno.height * 0.72) / scale
    if (sig.capnoOn) {
      ctx.fillStyle = COLOURS.grid
      ctx.fillRect(capno.x, Math.round(capnoBase - scale * capnoGain), capno.width, 1)
    }
    ctx.strokeStyle = COLOURS.capno
    strokeTraceStrip(ctx, capno, capnoBase, capnoGain, gapPx)

    ctx.textBaseline = 'top'
    text('II', ecg.x + 4, ecg.y + 2, COLOURS.ecg, traceLabelFont, 'left')
    text('Pleth', pleth.x + 4, pleth.y + 2, COLOURS.pleth, traceLabelFont, 'left')
    text('CO2', capno.x + 4, capno.y + 2, COLOURS.capno, traceLabelFont, 'left')
    ctx.textBaseline = 'middle'
    if (sig.capnoOn) {
      text(
        intText(scale),
        capno.x + capno.width - 4,
        capnoBase - scale * capnoGain,
        COLOURS.label,
        traceLabelFont,
        'right',
      )
    }
    if (!sig.ecgOn)
      text('ECG leads off', ecg.x + ecg.width / 2, ecg.y + ecg.height / 2, COLOURS.label, noticeFont, 'center')
    if (!sig.plethOn) {
      text('SpO2 probe off', pleth.x + pleth.width / 2, pleth.y + pleth.height / 2, COLOURS.label, noticeFont, 'center')
    }
    if (!sig.capnoOn) {
      text(
        'CO2 not connected',
        capno.x + capno.width / 2,
        capno.y + capno.height / 2,
        COLOURS.label,
        noticeFont,
        'center',
      )
    }
  }

  function drawNumerics(alarms: readonly AlarmId[]) {
    let ink = drawBlockFrame(ctx, hrBlock, alarms.includes('rhythm') ? 'high' : alarmOf(alarms, 'hr'), !num.hrOn)
    drawBlockValue(ctx, hrBlock, num.hr === null ? NO_READING : intText(num.hr), ink)
    endBlock(ctx)

    ink = drawBlockFrame(ctx, spo2Block, alarmOf(alarms, 'spo2'), !num.spo2On)
    drawBlockValue(ctx, spo2Block, num.spo2 === null ? NO_READING : intText(num.spo2), ink)
    if (num.spo2On)
      drawBlockSub(ctx, spo2Block, 'PR', num.pulseRate === null ? NO_READING : intText(num.pulseRate), ink)
    endBlock(ctx)

    ink = drawBlockFrame(ctx, etco2Block, alarmOf(alarms, 'etco2'), !num.etco2On)
    drawBlockValue(ctx, etco2Block, num.etco2 === null ? NO_READING : intText(num.etco2), ink)
    if (num.etco2 !== null) drawBlockSub(ctx, etco2Block, tenthsText(kPaTenths(num.etco2)), 'kPa', ink, true)
    endBlock(ctx)

    ink = drawBlockFrame(ctx, rrBlock, alarmOf(alarms, 'rr'), !num.rrOn)
    drawBlockValue(ctx, rrBlock, num.rr === null ? NO_READING : intText(num.rr), ink)
    endBlock(ctx)

    const nibpAlarm = alarmOf(alarms, 'sbp') ?? alarmOf(alarms, 'dbp')
    ink = drawBlockFrame(ctx, nibpBlock, nibpAlarm, !num.nibpOn)
    drawNibp(nibpBlock, ink)
    endBlock(ctx)

    ink = drawBlockFrame(ctx, tempBlock, alarmOf(alarms, 'temp'), !num.tempOn)
    drawBlockValue(ctx, tempBlock, num.tempTenths === null ? NO_READING : tenthsText(num.tempTenths), ink)
    endBlock(ctx)
  }

  /** "120/80 (93)" with the slash at a fixed place, so the numbers do not shift as digits change. */
  function drawNibp(b: NumericBlock, ink: string) {
    const px = b.height * 0.5
    const slashX = b.x + b.pad + px * 1.85
    ctx.textBaseline = 'alphabetic'
    text(
      num.sys === null ? NO_READING : intText(num.sys),
      slashX - px * 0.16,
      b.valueBaseline,
      ink,
      b.valueFont,
      'right',
    )
    text('/', slashX, b.valueBaseline, ink, b.valueFont, 'center')
    text(
      num.dia === null ? NO_READING : intText(num.dia),
      slashX + px * 0.16,
      b.valueBaseline,
      ink,
      b.valueFont,
      'left',
    )
    if (num.map !== null && num.dia !== null) {
      // Arial digits are 0.556 em wide: the MAP follows the diastolic value's last digit.
      const digits = num.dia >= 100 ? 3 : num.dia >= 10 ? 2 : 1
      text(parenText(num.map), slashX + px * (0.45 + digits * 0.556), b.valueBaseline, ink, nibpSmallFont, 'left')
    }
  }

  function drawSeparators() {
    ctx.fillStyle = COLOURS.grid
    ctx.fillRect(0, headerH, W, 1)
    ctx.fillRect(0, plethTop, W, 1)
    ctx.fillRect(0, capnoTop, W, 1)
    ctx.fillRect(0, bottomTop, W, 1)
    ctx.fillRect(numX - Math.round(W * 0.006), headerH, 1, bottomTop - headerH)
  }

  return {
    draw(state, wallMs) {
      ctx.fillStyle = COLOURS.background
      ctx.fillRect(0, 0, W, H)
      const sim = state.sim
      if (!sim || !readSignals(state, sig)) {
        drawHeader(state)
        ctx.textBaseline = 'middle'
        text('No patient connected', W / 2, H / 2, COLOURS.label, noticeFont, 'center')
        return
      }
      if (sig.live) {
        clock.sync(wallMs, sig.ecgRateBpm ?? 0, sig.breathRatePerMin)
        updateTraceStrip(ecg, wallMs, ecgAt)
        updateTraceStrip(pleth, wallMs, plethAt)
        updateTraceStrip(capno, wallMs, capnoAt)
      }
      readNumerics(sim, num)
      drawSeparators()
      drawHeader(state)
      drawTraces()
      drawNumerics(sim.alarms)
    },
  }
}

function alarmOf(alarms: readonly AlarmId[], vital: NumericVital): AlarmPriority | null {
  return alarms.includes(vital) ? alarmPriority(vital) : null
}
