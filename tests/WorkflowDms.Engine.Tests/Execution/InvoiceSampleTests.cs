using WorkflowDms.Engine.Bookmarks;
using WorkflowDms.Engine.Definitions;
using WorkflowDms.Engine.Execution;
using WorkflowDms.Engine.Execution.Effects;
using WorkflowDms.Engine.Ports;
using WorkflowDms.Engine.Tests.TestSupport;

namespace WorkflowDms.Engine.Tests.Execution;

/// <summary>
/// Camunda's invoice example (invoice.v2 calling reviewInvoice), unchanged, run end to end with an in-test rule
/// set for its decision <c>invoice-assign-approver</c> and a test handler for its archive service.
/// </summary>
public sealed class InvoiceSampleTests
{
    private const string ArchiveService = "org.camunda.bpm.example.invoice.service.ArchiveInvoiceService";

    private readonly EngineHarness _engine = new();
    private readonly ProcessDefinition _invoice;

    public InvoiceSampleTests()
    {
        _engine.Handler(ArchiveService, _ => new Dictionary<string, object?> { ["archived"] = true });
        _engine.Rules.With("invoice-assign-approver", input =>
        {
            // The DMN table of the example, as rules: small amounts go to accounting, travel to sales, big ones to management.
            var rules = new List<FiredRule>();
            var amount = Convert.ToDecimal(input["amount"], System.Globalization.CultureInfo.InvariantCulture);
            if (amount <= 1000)
            {
                rules.Add(new FiredRule("small-amount", RuleOutcome.Route, "R1", "up to 1000", "accounting"));
            }

            if (Equals(input["invoiceCategory"], "Travel Expenses"))
            {
                rules.Add(new FiredRule("travel", RuleOutcome.Route, "R2", "travel expenses", "sales"));
            }

            if (amount > 2500)
            {
                rules.Add(new FiredRule("big-amount", RuleOutcome.Route, "R3", "over 2500", "management"));
            }

            return rules;
        });
        _invoice = _engine.Deploy("Samples/camunda-bpm-platform/invoice.v2.bpmn");
        _engine.Deploy("Samples/camunda-bpm-platform/reviewInvoice.bpmn");
    }

    private static Dictionary<string, object?> Invoice(decimal amount, string category) => new()
    {
        ["creditor"] = "Great Pizza for Everyone Inc.",
        ["amount"] = amount,
        ["invoiceCategory"] = category,
        ["invoiceNumber"] = "GPFE-23232323",
        ["invoiceDocument"] = "invoice.pdf",
    };

    [Fact]
    public void Start_Invoice_EvaluatesDecisionAndOpensApprovalForCollectedGroups()
    {
        var result = _engine.Start(_invoice, Invoice(900m, "Travel Expenses"));

        var approve = _engine.Task("approveInvoice");
        Assert.Equal(["accounting", "sales"], approve.CandidateGroups);
        Assert.Equal(_engine.Time.GetUtcNow().AddDays(7), approve.TaskDueDate);
        Assert.Equal("embedded:app:forms/approve-invoice.html", approve.FormKey);
        Assert.Equal("Approve the invoice (or not).", approve.Documentation);
        Assert.Equal($"task:{result.State.InstanceId}:{approve.Id}", approve.Key);
        var evaluated = Assert.Single(result.Effects.OfType<RuleSetEvaluated>());
        Assert.Equal("invoice-assign-approver", evaluated.Evaluation.RuleSet);
        Assert.Equal("case-1", _engine.Rules.Calls[0].Input["businessKey"]);
        Assert.Equal(["accounting", "sales"], (IEnumerable<object?>)result.State.Variables["approverGroups"]!);
    }

    [Fact]
    public void Complete_ApprovePath_RunsToInvoiceProcessed()
    {
        _engine.Start(_invoice, Invoice(3000m, "Misc"));
        Assert.Equal(["management"], _engine.Task("approveInvoice").CandidateGroups);

        _engine.Complete("approveInvoice", new Dictionary<string, object?> { ["approved"] = true });
        var transfer = _engine.Task("prepareBankTransfer");
        Assert.Equal(["accounting"], transfer.CandidateGroups);
        var result = _engine.Complete("prepareBankTransfer");

        Assert.Equal(InstanceStatus.Completed, result.Status);
        Assert.Empty(result.Bookmarks);
        Assert.Contains(result.Effects, e => e is ServiceTaskExecuted { HandlerKey: ArchiveService });
        Assert.Equal(true, result.State.Variables["archived"]);
        Assert.IsType<ProcessCompleted>(result.Effects[^1]);
    }

    [Fact]
    public void Complete_RejectPath_ReviewsInCalledProcessAndEndsNotProcessed()
    {
        _engine.Start(_invoice, Invoice(500m, "Misc"));
        var afterReject = _engine.Complete("approveInvoice", new Dictionary<string, object?> { ["approved"] = false });

        var assign = _engine.Task("assignReviewer");
        Assert.Equal("ReviewInvoice", assign.ProcessId);
        Assert.Equal("demo", assign.Assignee);
        Assert.Equal(afterReject.State.InstanceId, assign.InstanceId);

        _engine.Complete(assign, new Dictionary<string, object?> { ["reviewer"] = "mary" });
        var review = _engine.Task("reviewInvoice");
        Assert.Equal("mary", review.Assignee);
        Assert.Equal(_engine.Time.GetUtcNow().AddDays(2), review.TaskDueDate);

        var result = _engine.Complete(review, new Dictionary<string, object?> { ["clarified"] = false });

        Assert.Equal(InstanceStatus.Completed, result.Status);
        Assert.Equal(false, result.State.Variables["clarified"]);
        Assert.False(result.State.Variables.ContainsKey("reviewer"));
        Assert.Contains(result.Effects, e => e is ScopeCompleted { ElementId: "reviewInvoice" });
    }

    [Fact]
    public void Complete_RejectThenClarified_ReturnsToApprovalAndCompletes()
    {
        _engine.Start(_invoice, Invoice(500m, "Misc"));
        _engine.Complete("approveInvoice", new Dictionary<string, object?> { ["approved"] = false });
        _engine.Complete("assignReviewer", new Dictionary<string, object?> { ["reviewer"] = "mary" });
        _engine.Complete("reviewInvoice", new Dictionary<string, object?> { ["clarified"] = true });

        Assert.Equal(["approveInvoice"], _engine.OpenElements());
        _engine.Complete("approveInvoice", new Dictionary<string, object?> { ["approved"] = true });
        var result = _engine.Complete("prepareBankTransfer");

        Assert.Equal(InstanceStatus.Completed, result.Status);
    }

    [Fact]
    public void Resume_InvoiceMidFlightAfterJsonRoundTrip_ContinuesInCalledProcess()
    {
        _engine.Start(_invoice, Invoice(500m, "Misc"));
        var result = _engine.Complete("approveInvoice", new Dictionary<string, object?> { ["approved"] = false });
        var restored = InstanceStateSerializer.Deserialize(InstanceStateSerializer.Serialize(result.State));

        var assign = restored.Bookmarks.Single(b => b.Kind == BookmarkKind.UserTask);
        var next = _engine.Executor().Resume(_invoice, restored, new CompleteUserTask(assign.Id, new Dictionary<string, object?> { ["reviewer"] = "mary" }), _engine.Time.GetUtcNow());

        Assert.Equal("reviewInvoice", Assert.Single(next.Bookmarks).ElementId);
        Assert.Equal(500m, next.State.Variables["amount"]);
    }
}
