import { inExecutableProcess, is, owningElement, text } from './util.js';

/**
 * A timer needs exactly one of timeDuration, timeDate or timeCycle with a value; cron cycles are refused
 * (the engine reads ISO 8601 durations, dates and R[n]/… cycles, or ${...} expressions).
 */
export default function timerDefinition() {
  function check(node, reporter) {
    if (!is(node, 'bpmn:TimerEventDefinition') || !inExecutableProcess(node)) return;
    const owner = owningElement(node);
    const values = ['timeDuration', 'timeDate', 'timeCycle']
      .map(kind => ({ kind, body: text(node[kind]?.body) }))
      .filter(v => v.body);
    if (values.length === 0) {
      reporter.report(owner.id, 'Timer has no definition (duration, date or cycle)');
    } else if (values.length > 1) {
      reporter.report(owner.id, 'Timer has more than one definition');
    } else if (values[0].kind === 'timeCycle' && !values[0].body.startsWith('${') && !values[0].body.startsWith('R')) {
      reporter.report(owner.id, 'Timer cycle must be R[n]/duration or R[n]/start/duration (cron is not supported)');
    }
  }

  return { check };
}
