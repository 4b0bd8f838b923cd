import { inExecutableProcess, is, knownNames, text } from './util.js';

/**
 * A service task runs the C# handler of its topic: camunda:type="external" with camunda:topic. The engine
 * refuses a task without a handler key or with an unregistered one. Config: { topics?: string[] }.
 */
export default function serviceTaskTopic(config) {
  const topics = knownNames(config, 'topics');

  function check(node, reporter) {
    if (!is(node, 'bpmn:ServiceTask') || !inExecutableProcess(node)) return;
    const type = text(node.get('camunda:type'));
    const topic = text(node.get('camunda:topic'));
    if (type !== 'external' || !topic) {
      reporter.report(node.id, 'Service task needs camunda:type="external" and a handler topic (camunda:topic)');
    } else if (topics && !topics.has(topic)) {
      reporter.report(node.id, `No handler for topic "${topic}"`);
    }
  }

  return { check };
}
