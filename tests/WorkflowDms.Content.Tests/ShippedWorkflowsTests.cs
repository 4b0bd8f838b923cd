using WorkflowDms.Domain.Policies;
using WorkflowDms.Engine.Deployment;
using WorkflowDms.Rules;

namespace WorkflowDms.Content.Tests;

/// <summary>Every shipped workflow deploys as executable, draws, and names only rule sets that ship with it.</summary>
public sealed class ShippedWorkflowsTests
{
    private static readonly RuleSetCatalog Catalog =
        RuleSetCatalog.Load(ContentPaths.Rules, FactTypeResolver.FromNamespace(typeof(ClaimFacts).Assembly, typeof(ClaimFacts).Namespace!));

    public static TheoryData<string> WorkflowFiles()
    {
        var data = new TheoryData<string>();
        foreach (var file in Directory.GetFiles(ContentPaths.Workflows, "*.bpmn").Order(StringComparer.Ordinal))
        {
            data.Add(Path.GetFileName(file));
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(WorkflowFiles))]
    public void Deploy_ShippedFile_IsExecutableWithDiagramAndProcessIdEqualsFileName(string fileName)
    {
        var result = new BpmnDeployer(new RulesEngineEvaluator(Catalog)).Deploy(File.ReadAllText(Path.Combine(ContentPaths.Workflows, fileName)), fileName);

        Assert.True(result.Status == DeploymentStatus.Executable, result.ToSummaryLine());
        Assert.True(result.HasDiagram, $"{fileName} has no BPMNDiagram section, so the designer cannot lay it out");
        Assert.Contains(result.ExecutableProcesses, p => p.Id == Path.GetFileNameWithoutExtension(fileName));
    }

    [Fact]
    public void WarrantyClaim_HasTheElementsTheApplicationDrives()
    {
        var result = new BpmnDeployer().Deploy(File.ReadAllText(Path.Combine(ContentPaths.Workflows, "warranty-claim.bpmn")));
        var ids = result.ExecutableProcesses.Single().Elements.Select(e => e.Id).ToHashSet();

        string[] driven = ["adjudicateClaim", "reviewClaim", "supervisorReview", "reviewOverdue", "awaitResubmission", "partsShipped", "partsReceived", "inspectReturnedPart", "partsReturnDeadline"];
        Assert.All(driven, id => Assert.Contains(id, ids));
    }
}
