using System.Text.Json;
using RulesEngine.Models;
using WorkflowDms.Rules.Tests.TestSupport;

namespace WorkflowDms.Rules.Tests;

/// <summary>Our conventions sit on top of RulesEngine's Workflow format: RulesEngine's own reader must accept every rule set.</summary>
public sealed class RulesEngineCompatibilityTests
{
    public static TheoryData<string> RuleSetFiles => new(
        Directory.GetFiles(RepositoryPaths.RulesDirectory, "*.json").Concat(ShippedRules.TestRuleSets));

    [Theory]
    [MemberData(nameof(RuleSetFiles))]
    public void RulesEngine_ReadsTheFileAsAWorkflow(string path)
    {
        var json = File.ReadAllText(path);

        var workflow = JsonSerializer.Deserialize<Workflow>(json)!;
        var engine = new RulesEngine.RulesEngine([json]);

        Assert.Equal(Path.GetFileNameWithoutExtension(path), workflow.WorkflowName);
        Assert.Equal(ShippedRules.Catalog.GetRules(workflow.WorkflowName).Select(r => r.Name), workflow.Rules.Select(r => r.RuleName));
        Assert.True(engine.ContainsWorkflow(workflow.WorkflowName));
    }
}
