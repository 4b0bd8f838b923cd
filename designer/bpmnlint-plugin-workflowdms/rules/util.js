/** Helpers shared by the rules: type checks on moddle elements and the process a node belongs to. */

export function is(node, type) {
  const qualified = type.includes(':') ? type : `bpmn:${type}`;
  return typeof node.$instanceOf === 'function' ? node.$instanceOf(qualified) : node.$type === qualified;
}

export function isAny(node, types) {
  return types.some(type => is(node, type));
}

/** The bpmn:Process (or null) that contains the node; the engine checks executable processes only. */
export function processOf(node) {
  for (let current = node; current; current = current.$parent) {
    if (is(current, 'bpmn:Process')) return current;
  }
  return null;
}

export function inExecutableProcess(node) {
  const process = processOf(node);
  return !!process && process.isExecutable === true;
}

/** The flow element an event definition or loop belongs to, so a report lands on a shape. */
export function owningElement(node) {
  let current = node;
  while (current && !is(current, 'bpmn:FlowElement') && !is(current, 'bpmn:Process')) current = current.$parent;
  return current ?? node;
}

export function text(value) {
  return typeof value === 'string' ? value.trim() : '';
}

/** A config list of names, or null when the rule was configured without one (then any non-empty name passes). */
export function knownNames(config, key) {
  const list = config && Array.isArray(config[key]) ? config[key] : null;
  return list && list.length > 0 ? new Set(list) : null;
}

/** "bpmn:UserTask" → "userTask", the spelling of docs/bpmn-subset.md and GET /designer/capabilities. */
export function localName(type) {
  const name = type.includes(':') ? type.slice(type.indexOf(':') + 1) : type;
  return name.charAt(0).toLowerCase() + name.slice(1);
}
