using WorkflowDms.Engine.Deployment;
using WorkflowDms.Engine.Ports;
using WorkflowDms.Engine.Tests.TestSupport;

namespace WorkflowDms.Engine.Tests.Deployment;

/// <summary>Each element outside the subset is refused with its id, its type and a reason; display-only files are not validated.</summary>
public sealed class BpmnDeployerTests
{
    private static DeploymentResult Deploy(string scenario, BpmnDeployer? deployer = null) =>
        (deployer ?? new BpmnDeployer()).Deploy(Fixture.Text($"BpmnDeployerTests.{scenario}.bpmn"), scenario);

    [Theory]
    [InlineData("ScriptTask", "x", "scriptTask", "script tasks are not supported")]
    [InlineData("SendTask", "x", "sendTask", "send tasks are not supported")]
    [InlineData("InclusiveGateway", "x", "inclusiveGateway", "inclusive gateways are not supported")]
    [InlineData("ComplexGateway", "x", "complexGateway", "complex gateways are not supported")]
    [InlineData("IntermediateThrowEvent", "x", "intermediateThrowEvent", "intermediate throw events are not supported")]
    [InlineData("SignalCatchEvent", "x", "intermediateCatchEvent", "signalEventDefinition is not supported")]
    [InlineData("ConditionalCatchEvent", "x", "intermediateCatchEvent", "conditionalEventDefinition is not supported")]
    [InlineData("LinkCatchEvent", "x", "intermediateCatchEvent", "linkEventDefinition is not supported")]
    [InlineData("EscalationBoundary", "b", "boundaryEvent", "escalationEventDefinition is not supported")]
    [InlineData("CompensationBoundary", "b", "boundaryEvent", "compensateEventDefinition is not supported")]
    [InlineData("EventSubProcess", "esp", "subProcess", "event sub-processes are not supported")]
    [InlineData("Transaction", "x", "transaction", "transaction sub-processes are not supported")]
    [InlineData("AdHocSubProcess", "x", "adHocSubProcess", "ad-hoc sub-processes are not supported")]
    [InlineData("ServiceTaskWithoutHandler", "x", "serviceTask", "a service task needs a handler")]
    [InlineData("ServiceTaskExpression", "x", "serviceTask", "a service task needs a handler")]
    [InlineData("BusinessRuleTaskWithoutDecisionRef", "x", "businessRuleTask", "needs camunda:decisionRef")]
    [InlineData("MultiInstanceServiceTask", "x", "serviceTask", "multi-instance is supported on user tasks only")]
    [InlineData("StandardLoop", "x", "userTask", "standard loops are not supported")]
    [InlineData("XPathCondition", "cond", "sequenceFlow", "condition language 'http://www.w3.org/1999/XPath' is not supported")]
    [InlineData("FeelCondition", "cond", "sequenceFlow", "FEEL condition")]
    [InlineData("InvalidExpression", "x", "userTask", "invalid expression in camunda:assignee")]
    [InlineData("ConditionOnTaskFlow", "cond", "sequenceFlow", "only on flows out of an exclusive gateway")]
    [InlineData("CronTimer", "x", "intermediateCatchEvent", "cron is not supported")]
    [InlineData("UnknownTarget", "dangling", "sequenceFlow", "targetRef 'nowhere' names no flow node")]
    public void Deploy_ElementOutsideSubset_IsInvalidNamingIt(string scenario, string elementId, string elementType, string reason)
    {
        var result = Deploy(scenario);

        Assert.Equal(DeploymentStatus.Invalid, result.Status);
        var problem = result.Problems[0];
        Assert.Equal((elementId, elementType, "p"), (problem.ElementId, problem.ElementType, problem.ProcessId));
        Assert.Contains(reason, problem.Reason, StringComparison.Ordinal);
        Assert.Equal($"INVALID {elementId} {elementType}: {problem.Reason}", result.ToSummaryLine());
        Assert.Empty(result.ExecutableProcesses);
    }

    [Fact]
    public void Deploy_UnsupportedElementInNonExecutableProcess_IsDisplayOnly()
    {
        var result = Deploy("ScriptTaskNotExecutable");

        Assert.Equal(DeploymentStatus.DisplayOnly, result.Status);
        Assert.Contains(result.Processes[0].Elements, e => e.ElementType == "scriptTask");
    }

    [Fact]
    public void Deploy_HandlerKeyNotRegistered_IsInvalidWhenHandlersAreSupplied()
    {
        Assert.Equal(DeploymentStatus.Executable, Deploy("KnownHandler").Status);

        var result = Deploy("KnownHandler", new BpmnDeployer(handlers: [new TestHandler("other")]));

        Assert.Equal(DeploymentStatus.Invalid, result.Status);
        Assert.Contains("com.example.Archive", result.Problems[0].Reason, StringComparison.Ordinal);
        Assert.Equal(DeploymentStatus.Executable, Deploy("KnownHandler", new BpmnDeployer(handlers: [new TestHandler("com.example.Archive")])).Status);
    }

    [Fact]
    public void Deploy_DecisionRefNotLoaded_IsInvalidWhenRulesAreSupplied()
    {
        IRuleEvaluator empty = new TestRuleEvaluator();
        IRuleEvaluator loaded = new TestRuleEvaluator().With("claim-adjudication", _ => []);

        Assert.Equal(DeploymentStatus.Invalid, Deploy("DecisionRef", new BpmnDeployer(empty)).Status);
        Assert.Equal(DeploymentStatus.Executable, Deploy("DecisionRef", new BpmnDeployer(loaded)).Status);
    }

    [Fact]
    public void Deploy_Stream_GivesSameResultAsText()
    {
        using var stream = File.OpenRead(Fixture.PathOf("BpmnDeployerTests.SendTask.bpmn"));

        var result = new BpmnDeployer().Deploy(stream);

        Assert.Equal("x", result.Problems[0].ElementId);
    }

    [Fact]
    public void Deploy_HostileInput_IsInvalidNeverThrows()
    {
        var deployer = new BpmnDeployer();

        Assert.Equal(DeploymentStatus.Invalid, deployer.Deploy(string.Empty).Status);
        Assert.Equal(DeploymentStatus.Invalid, deployer.Deploy(new MemoryStream([0xFF, 0xFE, 0x00, 0x3C, 0x00])).Status);
        Assert.Equal("INVALID (document) xml: the document is empty", deployer.Deploy("   ").ToSummaryLine());
    }
}
