// Reads a plangraph JUnit report with junit2json (a real JUnit consumer
// from the npm registry) and checks what it understood against the JSON
// report of the same run: suites, counts, testcase names, classnames
// (plangraph.PLAN.QUERY-ID, so merged files keep the plan), parameters (the
// property holds the JSON of the typed value) and failures.
//   node junit_consumer.mjs XML JSON [XML JSON...]   (one node for many
//   reports: its start costs more than a sample's check)
import { readFileSync } from 'node:fs'
import { parse } from 'junit2json'

const args = process.argv.slice(2)
if (args.length === 0 || args.length % 2) {
  console.error('usage: junit_consumer.mjs XML JSON [XML JSON...]'); process.exit(2)
}
for (let a = 0; a < args.length; a += 2) await check(args[a], args[a + 1])

async function check (xmlPath, jsonPath) {
const parsed = await parse(readFileSync(xmlPath, 'utf8'))
const report = JSON.parse(readFileSync(jsonPath, 'utf8'))
const fail = (msg) => { console.error(`junit2json: ${xmlPath}: ${msg}`); process.exit(1) }

const suites = report.plans.flatMap((p) => p.suites.map((s) => ({ ...s, plan: p.plan })))
if (parsed.testsuite.length !== suites.length) fail(`suites ${parsed.testsuite.length} != ${suites.length}`)
let failures = 0
suites.forEach((s, i) => {
  const j = parsed.testsuite[i]
  const suiteName = report.plans.length > 1 ? `${s.plan}:${s.id}` : s.id
  if (j.name !== suiteName) fail(`suite ${i} named ${j.name}, want ${suiteName}`)
  const cases = j.testcase ?? []
  const want = s.skipped ? 1 : s.subjects.length
  if (j.tests !== want || cases.length !== want) fail(`${s.id}: ${cases.length} testcases, want ${want}`)
  if (j.failures !== s.failed) fail(`${s.id}: ${j.failures} failures, want ${s.failed}`)
  const props = Object.fromEntries((j.properties ?? []).map((p) => [p.name, p.value]))
  if (props.severity !== s.severity) fail(`${s.id}: severity property ${props.severity}`)
  for (const [name, value] of Object.entries(s.parameters)) {
    const prop = props[`param.${name}`]
    if (prop === undefined || JSON.stringify(JSON.parse(prop)) !== JSON.stringify(value))
      fail(`${s.id}: property param.${name} is ${prop}, the JSON report has ${JSON.stringify(value)}`)
  }
  s.subjects.forEach((sub, k) => {
    const c = cases[k]
    const classname = `plangraph.${s.plan}.${s.id}`
    if (c.name !== sub.name || c.classname !== classname) fail(`${s.id}: testcase ${k} is ${c.classname}/${c.name}`)
    const failed = (c.failure ?? []).length > 0
    if (failed !== (sub.outcome === 'fail')) fail(`${s.id} ${sub.name}: failure ${failed}`)
    if (failed && c.failure[0].message !== sub.message) fail(`${sub.name}: message differs`)
    if (failed) failures++
  })
  if (s.skipped && !(cases[0].skipped ?? []).length) fail(`${s.id}: no skipped element`)
})
if (parsed.failures !== failures) fail(`testsuites failures ${parsed.failures} != ${failures}`)
console.log(`junit2json read ${parsed.testsuite.length} suites, ${failures} failures, as plangraph wrote them`)
}
