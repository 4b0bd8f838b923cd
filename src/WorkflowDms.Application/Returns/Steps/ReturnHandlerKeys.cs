namespace WorkflowDms.Application.Returns.Steps;

/// <summary>The service-task topics of <c>workflows/returns.bpmn</c> (see workflows/README.md).</summary>
internal static class ReturnHandlerKeys
{
    public const string Approve = "returns.approve";
    public const string CreateReturnOrder = "returns.create-return-order";
    public const string Reject = "returns.reject";
    public const string Escalate = "returns.escalate";
    public const string Cancel = "returns.cancel";
    public const string ExpireRma = "returns.expire-rma";
    public const string RecordShipment = "returns.record-shipment";
    public const string RecordReceipt = "returns.record-receipt";
    public const string RecordInspection = "returns.record-inspection";
    public const string IssueCreditNote = "returns.issue-credit-note";
    public const string Close = "returns.close";
}
