// Runs N instances of UserTaskPerformanceTest.singleTask.bpmn on bpmn-engine, one after another:
// start -> user task waits -> signal -> end; prints instances/s. The same file and path as
// bench/WorkflowDms.Benchmarks/Engine/EngineAloneBenchmarks.cs, so the two figures can be divided.
//   node start-user-task-end.mjs [instances=5000] [--state]
// The BPMN is parsed once (sourceContext), as WorkflowDms deploys once. With --state, each instance
// also round-trips its state through JSON between the wait and the signal (getState, stop,
// recover, resume), as WorkflowDms' benchmark does with InstanceStateSerializer.
import { EventEmitter } from 'node:events';
import { readFile } from 'node:fs/promises';
import { performance } from 'node:perf_hooks';
import BpmnModdle from 'bpmn-moddle';
import * as elements from 'bpmn-elements';
import serializer, { TypeResolver } from 'moddle-context-serializer';
import { Engine } from 'bpmn-engine';

const args = process.argv.slice(2);
const instances = Number(args.find((a) => /^\d+$/.test(a)) ?? 5000);
const withState = args.includes('--state');
const file = new URL('../WorkflowDms.Benchmarks/Fixtures/UserTaskPerformanceTest.singleTask.bpmn', import.meta.url);

const moddleContext = await new BpmnModdle().fromXML(await readFile(file, 'utf8'));
const sourceContext = serializer(moddleContext, TypeResolver(elements));

async function runInMemory(i) {
  const engine = new Engine({ name: `instance-${i}`, sourceContext });
  const listener = new EventEmitter();
  listener.once('wait', (task) => task.signal());
  const ended = engine.waitFor('end');
  await engine.execute({ listener });
  await ended;
}

async function runWithStateRoundTrip(i) {
  const engine = new Engine({ name: `instance-${i}`, sourceContext });
  const waiting = new EventEmitter();
  const waited = new Promise((resolve) => waiting.once('wait', resolve));
  await engine.execute({ listener: waiting });
  await waited;
  const json = JSON.stringify(await engine.getState());
  await engine.stop();

  const resumed = new Engine({ name: `instance-${i}` }).recover(JSON.parse(json));
  const ended = resumed.waitFor('end');
  const execution = await resumed.resume();
  execution.signal({ id: 'UserTask_1' });
  await ended;
}

const run = withState ? runWithStateRoundTrip : runInMemory;
for (let i = 0; i < Math.min(500, instances); i++) await run(i); // warm-up: JIT and caches

const started = performance.now();
for (let i = 0; i < instances; i++) await run(i);
const seconds = (performance.now() - started) / 1000;

console.log(JSON.stringify({
  engine: 'bpmn-engine 25.0.1',
  node: process.version,
  mode: withState ? 'state round trip (getState/JSON/recover/resume)' : 'in memory',
  instances,
  seconds: Number(seconds.toFixed(3)),
  instancesPerSecond: Math.round(instances / seconds),
}));
