using WorkflowDms.Engine.Deployment;
using WorkflowDms.Engine.Tests.TestSupport;

namespace WorkflowDms.Engine.Tests.Deployment;

/// <summary>
/// The third-party corpus (Fixtures/Samples, attribution in its README.md): every file's exact classification.
/// </summary>
public sealed class SampleCorpusTests
{
    private static DeploymentResult Deploy(string file)
    {
        using var stream = File.OpenRead(Fixture.PathOf(Path.Combine("Samples", file)));
        return new BpmnDeployer().Deploy(stream, file);
    }

    private static void AssertExecutable(string file, params string[] processIds)
    {
        var result = Deploy(file);
        Assert.Equal(DeploymentStatus.Executable, result.Status);
        Assert.Empty(result.Problems);
        Assert.Equal(processIds, result.ExecutableProcesses.Select(p => p.Id));
        Assert.Equal("OK", result.ToSummaryLine());
    }

    private static void AssertDisplayOnly(string file, int processes)
    {
        var result = Deploy(file);
        Assert.Equal(DeploymentStatus.DisplayOnly, result.Status);
        Assert.Equal(processes, result.Processes.Count);
        Assert.Empty(result.ExecutableProcesses);
        Assert.True(result.HasDiagram);
        Assert.Equal("DISPLAY-ONLY", result.ToSummaryLine());
    }

    private static DeploymentResult AssertInvalid(string file, string elementId, string elementType)
    {
        var result = Deploy(file);
        Assert.Equal(DeploymentStatus.Invalid, result.Status);
        Assert.Empty(result.ExecutableProcesses);
        Assert.Equal((elementId, elementType), (result.Problems[0].ElementId, result.Problems[0].ElementType));
        Assert.StartsWith($"INVALID {elementId} {elementType}: ", result.ToSummaryLine(), StringComparison.Ordinal);
        return result;
    }

    [Fact]
    public void Deploy_MiwgA30_IsDisplayOnly() => AssertDisplayOnly("miwg/A.3.0.bpmn", 1);

    [Fact]
    public void Deploy_MiwgB10_IsDisplayOnly() => AssertDisplayOnly("miwg/B.1.0.bpmn", 4);

    [Fact]
    public void Deploy_MiwgC11_IsInvalidAtXPathCondition()
    {
        var result = AssertInvalid("miwg/C.1.1.bpmn", "invoiceApproved", "sequenceFlow");
        Assert.Contains("not a ${...} expression", result.Problems[0].Reason, StringComparison.Ordinal);
        Assert.Equal(4, result.Problems.Count(p => p.ElementType == "sequenceFlow"));
    }

    [Fact]
    public void Deploy_MiwgC30_IsInvalidAtEmptySubProcessAndUnparsableCondition()
    {
        var result = AssertInvalid("miwg/C.3.0.bpmn", "_cd6f230f-13c3-4027-aa3e-57de601a1ab2", "subProcess");
        Assert.Contains(result.Problems, p => p.ElementId == "_be893987-caec-4605-b078-bd96b7cd6c12" && p.ElementType == "sequenceFlow");
    }

    [Fact]
    public void Deploy_MiwgC70_WithoutIsExecutable_IsDisplayOnly() => AssertDisplayOnly("miwg/C.7.0.bpmn", 1);

    [Fact]
    public void Deploy_MiwgC81_IsInvalidAtServiceTaskWithoutHandler()
    {
        var result = AssertInvalid("miwg/C.8.1.bpmn", "_2b960d84-feb1-46a9-a1a1-c300dd996b99", "serviceTask");
        Assert.Contains(result.Problems, p => p.ElementType == "sendTask");
        Assert.Contains(result.Problems, p => p.ElementType == "businessRuleTask");
        Assert.Contains(result.Problems, p => p.Reason.Contains("FEEL", StringComparison.Ordinal) || p.Reason.Contains("language", StringComparison.Ordinal));
    }

    [Fact]
    public void Deploy_MiwgC91_IsInvalidAtSendTask()
    {
        var result = AssertInvalid("miwg/C.9.1.bpmn", "SendTask_RequestDocument", "sendTask");
        Assert.Equal(["SendTask_RequestDocument", "SendTask_SendReminderEmail"], result.Problems.Select(p => p.ElementId));
    }

    [Fact]
    public void Deploy_CamundaBoundaryTimerWithoutDiagram_IsExecutable()
    {
        AssertExecutable("camunda-bpm-platform/BoundaryTimerEventTest.testInterruptingTimerDuration.bpmn20.xml", "escalationExample");
        Assert.False(Deploy("camunda-bpm-platform/BoundaryTimerEventTest.testInterruptingTimerDuration.bpmn20.xml").HasDiagram);
    }

    [Fact]
    public void Deploy_CamundaXxe_IsRefusedBecauseDtdIsProhibited()
    {
        var result = AssertInvalid("camunda-bpm-platform/NEGATIVE-BpmnParseTest.testParseProcessDefinitionXXE.bpmn20.xml", "(document)", "xml");
        Assert.StartsWith("DTD is prohibited", result.Problems[0].Reason, StringComparison.Ordinal);
        Assert.Single(result.Problems);
        Assert.Empty(result.Processes);
    }

    [Fact]
    public void Deploy_CamundaSingleTask_IsExecutable() =>
        AssertExecutable("camunda-bpm-platform/UserTaskPerformanceTest.singleTask.bpmn", "process");

    [Fact]
    public void Deploy_CamundaInvoiceV2_IsExecutable() => AssertExecutable("camunda-bpm-platform/invoice.v2.bpmn", "invoice");

    [Fact]
    public void Deploy_CamundaReviewInvoice_IsExecutable() => AssertExecutable("camunda-bpm-platform/reviewInvoice.bpmn", "ReviewInvoice");

    [Fact]
    public void Deploy_FlowableVacationRequest_IsExecutable() =>
        AssertExecutable("flowable-examples/VacationRequest.bpmn20.xml", "vacationRequest");

    [Fact]
    public void Deploy_BpmnEngineBoundaryTimeout_IsExecutable() => AssertExecutable("bpmn-engine/boundary-timeout.bpmn", "timerProcess");

    [Fact]
    public void Deploy_BpmnEngineMotherOfAll_IsInvalidAtScriptTask()
    {
        var result = AssertInvalid("bpmn-engine/mother-of-all.bpmn", "scriptTask1", "scriptTask");
        Assert.Contains(result.Problems, p => p.ElementId == "manyDecisions" && p.ElementType == "inclusiveGateway");
        Assert.Equal(2, result.Processes.Count);
    }

    [Fact]
    public void Corpus_EveryBpmnFile_HasATest()
    {
        var root = Fixture.PathOf("Samples");
        var files = Directory.EnumerateFiles(root, "*.*", SearchOption.AllDirectories)
            .Where(f => f.EndsWith(".bpmn", StringComparison.Ordinal) || f.EndsWith(".bpmn20.xml", StringComparison.Ordinal))
            .Select(f => Path.GetRelativePath(root, f).Replace('\\', '/'))
            .Order(StringComparer.Ordinal);
        Assert.Equal(15, files.Count());
        Assert.True(File.Exists(Path.Combine(root, "README.md")));
        Assert.Equal(5, Directory.GetFiles(Path.Combine(root, "LICENSES")).Length);
    }
}
