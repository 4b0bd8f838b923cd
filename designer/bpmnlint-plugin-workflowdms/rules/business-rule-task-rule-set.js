import { inExecutableProcess, is, knownNames, text } from './util.js';

/**
 * A business-rule task runs the rule set named by camunda:decisionRef; the engine refuses one without it or
 * naming a rule set that is not loaded. Config: { ruleSets?: string[] } — the known rule sets.
 */
export default function businessRuleTaskRuleSet(config) {
  const ruleSets = knownNames(config, 'ruleSets');

  function check(node, reporter) {
    if (!is(node, 'bpmn:BusinessRuleTask') || !inExecutableProcess(node)) return;
    const decisionRef = text(node.get('camunda:decisionRef'));
    if (!decisionRef) {
      reporter.report(node.id, 'Business-rule task has no rule set (camunda:decisionRef)');
    } else if (ruleSets && !ruleSets.has(decisionRef)) {
      reporter.report(node.id, `Rule set "${decisionRef}" is not known`);
    }
  }

  return { check };
}
