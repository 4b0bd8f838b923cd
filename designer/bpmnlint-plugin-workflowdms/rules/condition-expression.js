import { inExecutableProcess, is, text } from './util.js';

/**
 * Conditions are ${...} expressions (docs/expression-language.md) on flows leaving an exclusive gateway.
 * XPath, FEEL (=…) and plain text are refused by the engine, and so is a condition on any other flow.
 */
export default function conditionExpression() {
  function check(node, reporter) {
    if (!is(node, 'bpmn:SequenceFlow') || !node.conditionExpression || !inExecutableProcess(node)) return;
    const body = text(node.conditionExpression.body);
    const language = text(node.conditionExpression.language);
    if (!body.startsWith('${') || !body.endsWith('}') || (language && language !== 'juel')) {
      reporter.report(node.id, 'Condition must be a ${...} expression');
    }
    if (node.sourceRef && !is(node.sourceRef, 'bpmn:ExclusiveGateway')) {
      reporter.report(node.id, 'Conditions are allowed only on flows leaving an exclusive gateway');
    }
  }

  return { check };
}
