using SharpFuzz;
using WorkflowDms.Fuzz;

// AFL++ runs this process once and feeds it inputs over SharpFuzz's shared-memory protocol; an exception that
// escapes a target is a crash AFL++ keeps. Usage: WorkflowDms.Fuzz bpmn|expression|ruleset [rules folder]
var target = args.Length > 0 ? args[0] : "bpmn";
var rulesFolder = args.Length > 1 ? args[1] : Path.Combine(AppContext.BaseDirectory, "rules");
Action<string> run = target switch
{
    "bpmn" => FuzzTargets.Bpmn(),
    "expression" => FuzzTargets.Expression(rulesFolder),
    "ruleset" => FuzzTargets.RuleSet(),
    _ => throw new ArgumentException($"unknown target '{target}': bpmn, expression or ruleset"),
};
Fuzzer.OutOfProcess.Run(run);
