using System.Text.Json;
using WorkflowDms.Application.Common;
using WorkflowDms.Application.Designer.RuleSets;
using WorkflowDms.Engine.Ports;
using WorkflowDms.Rules;

namespace WorkflowDms.Host.RuleSets;

/// <summary>
/// The application's rule-set port over WorkflowDms.Rules. It lives in the host because the application may not
/// reference the rules project (code-style.md §6.2): this is the one place that knows both.
/// </summary>
internal sealed class RuleSetEngine(RuleSetWorkbench workbench) : IRuleSetEngine
{
    public IReadOnlyList<(string Name, string Json)> ReadShipped() => workbench.ReadShipped();

    public IReadOnlyList<RuleSetProblemView> Validate(string name, string json) => Views(workbench.Validate(name, json).Problems);

    public IReadOnlyList<RuleSetProblemView> Publish(string name, int version, string json) => Views(workbench.Publish(name, version, json));

    public int? LiveVersion(string name) => workbench.Catalog.Contains(name) ? workbench.Catalog.GetVersion(name) : null;

    public ExpressionCheckView CheckExpression(string name, string expression)
    {
        var result = workbench.CheckExpression(name, expression);
        return new ExpressionCheckView(result.Ok, result.Message);
    }

    public RuleSetTestView Test(string name, string? json, int version, JsonElement facts)
    {
        RuleSetTestResult result;
        try
        {
            result = workbench.Test(name, json, version, facts);
        }
        catch (RuleSetFactsException e)
        {
            throw new RequestBodyException(400, "Invalid facts", e.Message, e.Field);
        }
        catch (RuleSetLoadException e)
        {
            throw new RuleSetDoesNotCompileException(name, Views(e.Problems));
        }

        return new RuleSetTestView(
            result.RuleSet,
            result.Version,
            result.Rules.Select(r => new RuleTestView(
                r.Rule.Name, r.Fired, r.Rule.Outcome.ToName(), r.Rule.ReasonCode, r.Rule.Message, r.Rule.Enabled, r.Error)).ToList(),
            result.Decision.ToName(),
            result.ReasonCodes);
    }

    public IReadOnlyList<RuleSetSampleView> Samples(string name) =>
        workbench.Samples(name).Select(s =>
        {
            using var facts = JsonDocument.Parse(s.FactsJson);
            return new RuleSetSampleView(s.Name, s.Description, facts.RootElement.Clone());
        }).ToList();

    private static List<RuleSetProblemView> Views(IReadOnlyList<RuleSetProblem> problems) =>
        problems.Select(p => new RuleSetProblemView(p.RuleName, p.Message)).ToList();
}
