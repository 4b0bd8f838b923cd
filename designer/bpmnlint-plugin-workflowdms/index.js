import businessRuleTaskRuleSet from './rules/business-rule-task-rule-set.js';
import conditionExpression from './rules/condition-expression.js';
import serviceTaskTopic from './rules/service-task-topic.js';
import supportedElements from './rules/supported-elements.js';
import timerDefinition from './rules/timer-definition.js';
import userTaskAssignment from './rules/user-task-assignment.js';

/** The plugin's rules by name, for a static resolver (the web app bundles them; no loader, no file system). */
export const rules = {
  'supported-elements': supportedElements,
  'user-task-assignment': userTaskAssignment,
  'business-rule-task-rule-set': businessRuleTaskRuleSet,
  'service-task-topic': serviceTaskTopic,
  'timer-definition': timerDefinition,
  'condition-expression': conditionExpression,
};

/** Everything the engine would refuse is an error: a diagram that lints clean here deploys. */
export const configs = {
  recommended: {
    rules: {
      'workflowdms/supported-elements': 'error',
      'workflowdms/user-task-assignment': 'error',
      'workflowdms/business-rule-task-rule-set': 'error',
      'workflowdms/service-task-topic': 'error',
      'workflowdms/timer-definition': 'error',
      'workflowdms/condition-expression': 'error',
    },
  },
};

export default { rules, configs };
