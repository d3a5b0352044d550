export {
  createCompressionMeter,
  METER_DEFAULTS,
  type CompressionMeter,
  type CycleSummary,
  type MeterEvent,
  type MeterOptions,
  type MeterSnapshot,
} from './compression-meter.ts'
export { describeCycle } from './describe-cycle.ts'
export { qualityOf, targetsMet, type Rating, type TargetKey } from './measure.ts'
