import type { Scenario } from '../../scenario/schema/index.ts'
import { scenarioActivityId } from '../../xapi/vocabulary.ts'

const escapeXml = (text: string) =>
  text.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&apos;' })[c] ?? c)

const langstring = (text: string) => `<langstring lang="en-US">${escapeXml(text)}</langstring>`

/**
 * cmi5.xml (cmi5 13, CourseStructure.xsd): one course, one AU per scenario. Each AU's id is the
 * scenario's activity id, its masteryScore the scene's own (the LMS passes it back in LaunchData),
 * and its URL opens that scenario in the packaged app. The description says what is practised, not
 * the diagnosis, which the scenario's title already gives no more of than the picker does.
 */
export function courseStructureXml(scenarios: readonly Scenario[], baseIri: string, version: string): string {
  const aus = scenarios
    .map(
      (
        s,
      ) => `  <au id="${escapeXml(scenarioActivityId(baseIri, s.id))}" moveOn="CompletedAndPassed" masteryScore="${s.rubric.masteryScore}" launchMethod="AnyWindow">
    <title>${langstring(s.title)}</title>
    <description>${langstring(`${s.setting.location}. ${s.objectives.map((o) => o.trim().replace(/[.!]?$/, '.')).join(' ')}`)}</description>
    <url>index.html?scenario=${encodeURIComponent(s.id)}</url>
  </au>`,
    )
    .join('\n')
  return `<?xml version="1.0" encoding="utf-8"?>
<courseStructure xmlns="https://w3id.org/xapi/profiles/cmi5/v1/CourseStructure.xsd">
  <course id="${escapeXml(`${baseIri.replace(/\/+$/, '')}/course`)}">
    <title>${langstring('Resus: emergency-care simulations')}</title>
    <description>${langstring(`Resus ${version}: browser and VR emergency-care scenarios, scored against cited guidelines.`)}</description>
  </course>
${aus}
</courseStructure>
`
}
