using System.Text;
using WorkflowDms.Engine.Definitions;
using WorkflowDms.Engine.Parsing;
using WorkflowDms.Engine.Tests.TestSupport;

namespace WorkflowDms.Engine.Tests.Parsing;

public sealed class BpmnReaderTests
{
    private const string Minimal = """
        <definitions xmlns="http://www.omg.org/spec/BPMN/20100524/MODEL" id="d">
          <process id="p" isExecutable="true"><startEvent id="s" /><endEvent id="e" /><sequenceFlow id="f" sourceRef="s" targetRef="e" /></process>
        </definitions>
        """;

    private static BpmnParseException Refused(string xml) => Assert.Throws<BpmnParseException>(() => BpmnReader.Read(xml));

    [Fact]
    public void Read_Dtd_IsProhibitedAndTheEntityNeverResolved()
    {
        var secret = Path.Combine(Path.GetTempPath(), $"xxe-{Guid.NewGuid():N}.txt");
        File.WriteAllText(secret, "TOP-SECRET-CONTENT");
        try
        {
            var xml = $"""<?xml version="1.0"?><!DOCTYPE d [<!ENTITY xxe SYSTEM "file://{secret}">]><definitions xmlns="http://www.omg.org/spec/BPMN/20100524/MODEL"><process id="&xxe;" /></definitions>""";

            var ex = Refused(xml);

            Assert.Equal(("(document)", "xml"), (ex.ElementId, ex.ElementType));
            Assert.StartsWith("DTD is prohibited", ex.Reason, StringComparison.Ordinal);
            Assert.DoesNotContain("TOP-SECRET", ex.Message, StringComparison.Ordinal);
        }
        finally
        {
            File.Delete(secret);
        }
    }

    [Fact]
    public void Read_BillionLaughs_IsRefusedAsDtd()
    {
        var xml = """<?xml version="1.0"?><!DOCTYPE lolz [<!ENTITY lol "lol"><!ENTITY lol2 "&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;"><!ENTITY lol3 "&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;">]><definitions xmlns="http://www.omg.org/spec/BPMN/20100524/MODEL">&lol3;</definitions>""";

        Assert.StartsWith("DTD is prohibited", Refused(xml).Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void Read_DeepNesting_IsRefused()
    {
        var xml = "<definitions xmlns=\"http://www.omg.org/spec/BPMN/20100524/MODEL\">" + string.Concat(Enumerable.Repeat("<a>", 100_000)) + string.Concat(Enumerable.Repeat("</a>", 100_000)) + "</definitions>";

        Assert.Contains("nested deeper than 64", Refused(xml).Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void Read_HugeDocument_IsRefused()
    {
        var xml = "<definitions xmlns=\"http://www.omg.org/spec/BPMN/20100524/MODEL\"><documentation>" + new string('x', 10_000_001) + "</documentation></definitions>";

        Assert.Contains("larger than", Refused(xml).Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void Read_HugeStream_IsRefused()
    {
        var bytes = Encoding.UTF8.GetBytes("<definitions xmlns=\"http://www.omg.org/spec/BPMN/20100524/MODEL\"><documentation>" + new string('x', 10_000_001) + "</documentation></definitions>");

        var ex = Assert.Throws<BpmnParseException>(() => BpmnReader.Read(new MemoryStream(bytes)));

        Assert.Contains("larger than", ex.Reason, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("")]
    [InlineData("   ")]
    [InlineData("not xml at all")]
    [InlineData("<definitions")]
    [InlineData("<a></b>")]
    public void Read_Malformed_IsRefused(string xml) => Assert.Equal("(document)", Refused(xml).ElementId);

    [Fact]
    public void Read_GarbageBytes_IsRefused()
    {
        var bytes = new byte[4096];
        new Random(42).NextBytes(bytes);

        Assert.Throws<BpmnParseException>(() => BpmnReader.Read(new MemoryStream(bytes)));
    }

    [Fact]
    public void Read_NotBpmn_IsRefused()
    {
        var ex = Refused("<html><body /></html>");

        Assert.Equal("html", ex.ElementType);
        Assert.Contains("not a BPMN 2.0 document", ex.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void Read_DefaultNamespace_BuildsGraphFromSourceAndTargetRefs()
    {
        var document = BpmnReader.Read(Minimal);

        var process = Assert.Single(document.Processes);
        Assert.Equal("e", Assert.Single(process.NodesById["s"].Outgoing).Target.Id);
        Assert.False(document.HasDiagram);
        Assert.Empty(process.Problems);
    }

    [Fact]
    public void Read_PrefixedNamespaceWithVendorExtensions_ReadsCamundaAttributes()
    {
        var document = BpmnReader.Read(Fixture.Text("Samples/camunda-bpm-platform/reviewInvoice.bpmn"));

        var task = (UserTaskNode)document.Processes[0].NodesById["reviewInvoice"];
        Assert.Equal("${reviewer}", task.Assignee!.Text);
        Assert.Equal("embedded:app:forms/review-invoice.html", task.FormKey);
        Assert.True(document.HasDiagram);
    }

    [Fact]
    public void Read_ActivitiNamespaceBoundToCamundaPrefix_ReadsCamundaAttributes()
    {
        var document = BpmnReader.Read(Fixture.Text("Samples/miwg/C.1.1.bpmn"));

        var process = document.Processes[0];
        Assert.Equal("${approver}", ((UserTaskNode)process.NodesById["approveInvoice"]).Assignee!.Text);
        Assert.Equal("archiveService", ((ServiceTaskNode)process.NodesById["archiveInvoice"]).HandlerKey);
    }

    [Fact]
    public void Read_Collaboration_ReadsEveryProcessForDisplay()
    {
        var document = BpmnReader.Read(Fixture.Text("Samples/miwg/B.1.0.bpmn"));

        Assert.Equal(4, document.Processes.Count);
        Assert.All(document.Processes, p => Assert.False(p.IsExecutable));
        Assert.Contains(document.Processes.SelectMany(p => p.Elements), e => e.ElementType == "callActivity");
    }
}
