using RulesEngine.Exceptions;
using WorkflowDms.Rules.Loading;
using MsRulesEngine = RulesEngine.RulesEngine;

namespace WorkflowDms.Rules.Compilation;

/// <summary>
/// Compiles a read rule set: checks every expression against the declared inputs, registers the workflow with a
/// RulesEngine instance, and warms it so that evaluating with the declared input types never compiles again.
/// </summary>
internal static class RuleSetCompiler
{
    // The prefixes RulesEngine 6 gives a rule whose expression failed to parse or compile (LambdaExpressionBuilder,
    // RuleCompiler); a warm-up result carrying one means the rule would silently never fire.
    private static readonly string[] CompileErrorPrefixes = ["Exception while parsing expression", "Error while compiling rule"];

    public static CompiledRuleSet? Compile(RuleSetDefinition definition, string sha256, List<RuleSetProblem> problems)
    {
        var settings = RulesEngineSettings.For(definition);
        var before = problems.Count;
        ExpressionChecker.Check(definition, settings, problems);
        if (problems.Count > before)
        {
            return null;
        }

        var engine = new MsRulesEngine(settings);
        try
        {
            engine.AddWorkflow(definition.Workflow);
        }
        catch (RuleValidationException ex)
        {
            problems.Add(new(null, $"RulesEngine refuses the rule set: {ex.Message}"));
            return null;
        }

        var compiled = new CompiledRuleSet(definition, engine, sha256);
        foreach (var result in compiled.WarmUp())
        {
            var message = result.ExceptionMessage;
            if (!string.IsNullOrEmpty(message) && CompileErrorPrefixes.Any(p => message.StartsWith(p, StringComparison.Ordinal)))
            {
                problems.Add(new(result.Rule.RuleName, $"does not compile: {message}"));
            }
        }

        return problems.Count > before ? null : compiled;
    }
}
