/* eslint-disable @typescript-eslint/no-explicit-any */
import { getBusinessObject, is } from 'bpmn-js/lib/util/ModelUtil';

// "Change element" offers only what the engine executes (docs/bpmn-subset.md).
const kept = new Set([
  'replace-with-task', 'replace-with-user-task', 'replace-with-service-task', 'replace-with-receive-task',
  'replace-with-manual-task', 'replace-with-rule-task', 'replace-with-call-activity',
  'replace-with-subprocess', 'replace-with-expanded-subprocess', 'replace-with-collapsed-subprocess',
  'replace-with-exclusive-gateway', 'replace-with-parallel-gateway', 'replace-with-event-based-gateway',
  'replace-with-none-start', 'replace-with-message-start', 'replace-with-timer-start',
  'replace-with-none-end', 'replace-with-terminate-end', 'replace-with-error-end',
  'replace-with-message-intermediate-catch', 'replace-with-timer-intermediate-catch',
  'replace-with-message-boundary', 'replace-with-timer-boundary', 'replace-with-error-boundary',
  'replace-with-non-interrupting-message-boundary', 'replace-with-non-interrupting-timer-boundary',
  'replace-with-sequence-flow', 'replace-with-default-flow', 'replace-with-conditional-flow',
]);

/** Filters bpmn-js's replace menu and its header toggles down to the engine's subset. */
export class SubsetReplaceMenuProvider {
  static $inject = ['popupMenu'];

  constructor(popupMenu: any) {
    popupMenu.registerProvider('bpmn-replace', 500, this);
  }

  getPopupMenuEntries(target: any) {
    return (entries: Record<string, any>) => {
      const result: Record<string, any> = {};
      for (const [key, entry] of Object.entries(entries)) {
        if (!kept.has(key)) continue;
        // Conditions are honoured only on flows leaving an exclusive gateway.
        if (key === 'replace-with-conditional-flow' && !is(target.source, 'bpmn:ExclusiveGateway')) continue;
        // A start event inside a sub-process must stay a none start.
        if ((key === 'replace-with-message-start' || key === 'replace-with-timer-start') && !is(getBusinessObject(target).$parent, 'bpmn:Process')) continue;
        result[key] = entry;
      }
      return result;
    };
  }

  getPopupMenuHeaderEntries(target: any) {
    return (entries: Record<string, any>) => {
      const result: Record<string, any> = {};
      for (const [key, entry] of Object.entries(entries)) {
        // Multi-instance only on user tasks (N-of-M approvals); no standard loops; interrupting or not on boundaries.
        if ((key === 'toggle-parallel-mi' || key === 'toggle-sequential-mi') && is(target, 'bpmn:UserTask')) result[key] = entry;
        if (key === 'toggle-non-interrupting' && is(target, 'bpmn:BoundaryEvent')) result[key] = entry;
      }
      return result;
    };
  }
}
