import recommended from 'bpmnlint/config/recommended';
import plugin from 'bpmnlint-plugin-workflowdms';
import adHocSubProcess from 'bpmnlint/rules/ad-hoc-sub-process';
import conditionalFlows from 'bpmnlint/rules/conditional-flows';
import endEventRequired from 'bpmnlint/rules/end-event-required';
import eventBasedGateway from 'bpmnlint/rules/event-based-gateway';
import eventSubProcessTypedStartEvent from 'bpmnlint/rules/event-sub-process-typed-start-event';
import fakeJoin from 'bpmnlint/rules/fake-join';
import globalRule from 'bpmnlint/rules/global';
import labelRequired from 'bpmnlint/rules/label-required';
import linkEvent from 'bpmnlint/rules/link-event';
import noBpmndi from 'bpmnlint/rules/no-bpmndi';
import noComplexGateway from 'bpmnlint/rules/no-complex-gateway';
import noDisconnected from 'bpmnlint/rules/no-disconnected';
import noDuplicateSequenceFlows from 'bpmnlint/rules/no-duplicate-sequence-flows';
import noGatewayJoinFork from 'bpmnlint/rules/no-gateway-join-fork';
import noImplicitSplit from 'bpmnlint/rules/no-implicit-split';
import noImplicitEnd from 'bpmnlint/rules/no-implicit-end';
import noImplicitStart from 'bpmnlint/rules/no-implicit-start';
import noInclusiveGateway from 'bpmnlint/rules/no-inclusive-gateway';
import noOverlappingElements from 'bpmnlint/rules/no-overlapping-elements';
import singleBlankStartEvent from 'bpmnlint/rules/single-blank-start-event';
import singleEventDefinition from 'bpmnlint/rules/single-event-definition';
import startEventRequired from 'bpmnlint/rules/start-event-required';
import subProcessBlankStartEvent from 'bpmnlint/rules/sub-process-blank-start-event';
import superfluousGateway from 'bpmnlint/rules/superfluous-gateway';
import superfluousLabel from 'bpmnlint/rules/superfluous-label';
import superfluousTermination from 'bpmnlint/rules/superfluous-termination';
import type { Capabilities } from '../api';

/* bpmnlint in the browser without a bundler loader: a static resolver over bpmnlint's own rules and this
   project's plugin (designer/bpmnlint-plugin-workflowdms), and a config object built from the server's
   capabilities so rule sets, topics and groups are checked against what this host has. */

type RuleFactory = (config?: unknown) => unknown;

const bpmnlintRules: Record<string, RuleFactory> = {
  'ad-hoc-sub-process': adHocSubProcess,
  'conditional-flows': conditionalFlows,
  'end-event-required': endEventRequired,
  'event-based-gateway': eventBasedGateway,
  'event-sub-process-typed-start-event': eventSubProcessTypedStartEvent,
  'fake-join': fakeJoin,
  'global': globalRule,
  'label-required': labelRequired,
  'link-event': linkEvent,
  'no-bpmndi': noBpmndi,
  'no-complex-gateway': noComplexGateway,
  'no-disconnected': noDisconnected,
  'no-duplicate-sequence-flows': noDuplicateSequenceFlows,
  'no-gateway-join-fork': noGatewayJoinFork,
  'no-implicit-split': noImplicitSplit,
  'no-implicit-end': noImplicitEnd,
  'no-implicit-start': noImplicitStart,
  'no-inclusive-gateway': noInclusiveGateway,
  'no-overlapping-elements': noOverlappingElements,
  'single-blank-start-event': singleBlankStartEvent,
  'single-event-definition': singleEventDefinition,
  'start-event-required': startEventRequired,
  'sub-process-blank-start-event': subProcessBlankStartEvent,
  'superfluous-gateway': superfluousGateway,
  'superfluous-label': superfluousLabel,
  'superfluous-termination': superfluousTermination,
};

// Style rules of the recommended set that the shipped, deployable processes break on purpose (a review
// decision gateway both joins two reviews and forks three outcomes): a warning, not an error.
const styleOverrides: Record<string, string> = {
  'no-gateway-join-fork': 'warn',
};

export interface LinterConfig {
  config: { rules: Record<string, unknown> };
  resolver: { resolveRule: (pkg: string, name: string) => RuleFactory | null; resolveConfig: () => null };
}

export function lintConfig(capabilities: Capabilities | null): LinterConfig {
  const named = (key: string, list: string[] | undefined) => ['error', { [key]: list ?? [] }];
  return {
    config: {
      rules: {
        ...recommended.rules,
        ...styleOverrides,
        ...plugin.configs.recommended.rules,
        'workflowdms/supported-elements': named('elements', capabilities?.elements),
        'workflowdms/business-rule-task-rule-set': named('ruleSets', capabilities?.ruleSets),
        'workflowdms/service-task-topic': named('topics', capabilities?.taskTopics),
      },
    },
    resolver: {
      resolveRule: (pkg, name) => {
        if (pkg === 'bpmnlint') return bpmnlintRules[name] ?? null;
        if (pkg === 'bpmnlint-plugin-workflowdms') return plugin.rules[name] ?? null;
        return null;
      },
      resolveConfig: () => null,
    },
  };
}
