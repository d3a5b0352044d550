/**
 * Monitor waveforms: pure functions of the rhythm, rates, values and time (no DOM, no allocation per
 * sample, no Math.random: a seed phase fixes every random-looking detail, so a strip is reproducible).
 *
 * `ecgSample`, `plethSample` and `capnoSample` take a steady rate and absolute time. A live monitor
 * whose rate drifts uses the `…AtBeat` / `…AtBreath` forms with a beat/breath clock that integrates
 * the rate over time (monitor-clock.ts), so a rate change never makes the trace jump.
 */
export { ecgAtBeat, ecgRateBpm, ecgSample, rPeakBeat } from './ecg.ts'
export { plethAtBeat, plethSample } from './pleth.ts'
export { capnoAtBreath, capnoDuringCpr, capnoSample, CPR_VENTILATION_RATE } from './capno.ts'
export { seedOf } from './wave-noise.ts'
