import { inExecutableProcess, is, text } from './util.js';

/**
 * A user task must say who gets it: camunda:candidateGroups, camunda:assignee or camunda:candidateUsers;
 * otherwise the task lands in nobody's inbox.
 */
export default function userTaskAssignment() {
  function check(node, reporter) {
    if (!is(node, 'bpmn:UserTask') || !inExecutableProcess(node)) return;
    const candidateGroups = text(node.get('camunda:candidateGroups'));
    const assignee = text(node.get('camunda:assignee'));
    const candidateUsers = text(node.get('camunda:candidateUsers'));
    if (!candidateGroups && !assignee && !candidateUsers) {
      reporter.report(node.id, 'User task has neither candidate groups nor an assignee');
    }
  }

  return { check };
}
