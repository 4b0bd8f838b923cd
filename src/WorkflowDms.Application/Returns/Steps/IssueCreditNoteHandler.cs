using WorkflowDms.Application.Credit;
using WorkflowDms.Domain.Auditing;
using WorkflowDms.Engine.Ports;

namespace WorkflowDms.Application.Returns.Steps;

/// <summary>
/// Removes the billing block and issues the credit note (RT-11): accepted quantity × price paid minus the
/// restocking fee, posted to the dealer's credit account in this command's transaction, so the exposure
/// falls with it.
/// </summary>
internal sealed class IssueCreditNoteHandler(ReturnStepContext steps, ICreditPostings credit) : IServiceTaskHandler
{
    public string Key => ReturnHandlerKeys.IssueCreditNote;

    public IReadOnlyDictionary<string, object?> Execute(ServiceTaskContext context)
    {
        var request = steps.Load(context);
        steps.Change(request, "issue-credit-note", r => r.IssueCreditNote(steps.Now), r => new
        {
            r.CreditNoteNumber,
            accepted = ReturnViews.Money(r.AcceptedMinor ?? 0),
            restockingFee = ReturnViews.Money(r.RestockingFeeMinor ?? 0),
            credit = ReturnViews.Money(r.CreditMinor ?? 0),
        });

        // Service-task handlers are synchronous (the engine is a pure function over the state); the port is
        // asynchronous for its other callers. Inside the command there is no synchronization context, so
        // waiting here cannot deadlock, and the posting joins this command's transaction.
        credit.PostCreditNoteAsync(request.DealerId, request.CreditMinor!.Value, request.Currency, ReturnKeys.BusinessKey(request.Id), CancellationToken.None)
            .GetAwaiter().GetResult();
        steps.Audit(request, AuditAction.LedgerPosted, new
        {
            caseType = ReturnKeys.CaseType,
            document = "credit-note",
            request.CreditNoteNumber,
            amount = ReturnViews.Money(request.CreditMinor.Value),
            request.Currency,
            reference = ReturnKeys.BusinessKey(request.Id),
        });
        return new Dictionary<string, object?> { ["creditNoteNumber"] = request.CreditNoteNumber };
    }
}
