import { startLrs, statement, XAPI_HEADERS } from '../lrs/lrs-harness.ts'

export interface IngestFigures {
  statements: number
  seconds: number
  perSecond: number
}

/** A statement the size of a Resus action statement (vitals snapshot, dose, route, sim time). */
const actionLike = () =>
  statement({
    result: {
      extensions: {
        'https://w3id.org/xapi/resus/extensions/vitals': {
          hr: 128,
          sbp: 82,
          dbp: 48,
          spo2: 91,
          rr: 28,
          etco2: 4.1,
          temp: 37.2,
          rhythm: 'sinus-tachycardia',
          pulse: true,
          avpu: 'V',
        },
      },
    },
    context: {
      registration: 'a1b2c3d4-0000-4000-8000-000000000001',
      contextActivities: { parent: [{ id: 'https://resus.local/xapi/activities/scenarios/anaphylaxis-adult' }] },
      extensions: {
        'https://w3id.org/xapi/resus/extensions/sim-time-ms': 72_000,
        'https://w3id.org/xapi/resus/extensions/dose': { value: 500, unit: 'mcg' },
        'https://w3id.org/xapi/resus/extensions/route': 'IM',
      },
    },
  })

/** Embedded-LRS ingest over loopback: `total` statements in batches of 50, `concurrency` requests at a time. */
export async function measureLrsIngest(total = 20_000, concurrency = 4): Promise<IngestFigures> {
  const lrs = await startLrs()
  try {
    const batches = Array.from({ length: total / 50 }, () => Array.from({ length: 50 }, actionLike))
    const post = (batch: unknown[]) =>
      fetch(`${lrs.endpoint}statements`, {
        method: 'POST',
        headers: { ...XAPI_HEADERS, 'Content-Type': 'application/json' },
        body: JSON.stringify(batch),
      }).then(async (res) => {
        if (res.status !== 200) throw new Error(`ingest answered ${res.status}: ${await res.text()}`)
      })
    await post(Array.from({ length: 50 }, actionLike)) // warm-up: JIT, prepared statements
    let next = 0
    const started = performance.now()
    await Promise.all(
      Array.from({ length: concurrency }, async () => {
        while (next < batches.length) await post(batches[next++] ?? [])
      }),
    )
    const seconds = (performance.now() - started) / 1000
    return { statements: total, seconds, perSecond: total / seconds }
  } finally {
    await lrs.close()
  }
}
