using FluentValidation;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using WorkflowDms.Application.Auditing;
using WorkflowDms.Application.Common;
using WorkflowDms.Application.Security;
using WorkflowDms.Application.Workflows;
using WorkflowDms.Domain.Auditing;
using WorkflowDms.Domain.Dealers;
using WorkflowDms.Domain.Errors;
using WorkflowDms.Domain.Returns;
using WorkflowDms.Persistence;

namespace WorkflowDms.Application.Returns;

/// <summary>
/// The parts-return use cases: request, read, list, ship, receive, record inspection quantities and cancel.
/// Each command is one transaction in which the return, its workflow instance, tasks, audit entries and
/// case events are written together. Approval and inspection verdicts go through the inbox.
/// </summary>
public sealed class ReturnService(CommandRunner runner, IValidator<ReturnSubmission> validator, WorkflowDmsDbContext reads, TimeProvider clock)
{
    private const int MaxTextLength = 60;

    public async Task<ReturnView> RequestAsync(Actor actor, ReturnSubmission submission, CancellationToken cancellationToken)
    {
        await validator.ValidateAndThrowAsync(submission, cancellationToken);
        return await runner.RunAsync(async (services, db, ct) =>
        {
            var now = clock.GetUtcNow().UtcDateTime;
            var dealer = await ReturningDealerAsync(db, actor, submission.DealerCode, ct);
            var terms = ReturnFactsBuilder.TermsOf(db, dealer.Id, now);
            var lines = submission.Lines!.Select(l => new ReturnLineDraft(
                l.PartNumber!.Trim(),
                l.Quantity!.Value,
                l.PurchaseReference?.Trim() ?? "",
                DateTime.SpecifyKind(l.PurchaseDate!.Value.ToDateTime(TimeOnly.MinValue), DateTimeKind.Utc),
                ReturnViews.Minor(l.UnitPricePaid!.Value),
                new ReturnCondition(l.Unused!.Value, l.OriginalPackaging ?? true, l.SpecialOrder!.Value))).ToList();

            // Special-order parts, where the programme takes them back at all, carry the higher fee (RT-05).
            var feePercent = terms.SpecialOrderReturnsAllowed && lines.Any(l => l.Condition.SpecialOrder)
                ? terms.SpecialOrderFeePercent
                : terms.RestockingFeePercent;
            var id = Guid.CreateVersion7(clock.GetUtcNow());
            var request = ReturnRequest.Request(id, ReturnNumber.Create(id, now), dealer, submission.Reason!, submission.Comment, feePercent, lines, now);
            db.ReturnRequests.Add(request);

            await services.GetRequiredService<AuditTrail>().AppendAsync(actor, AuditAction.CaseCreated, ReturnKeys.AuditSubject(request.Id), request.OrgPath,
                new { caseType = ReturnKeys.CaseType, request.Number, request.DealerCode, request.Reason, total = ReturnViews.Money(request.TotalMinor), lines = request.Lines.Count }, ct);

            var instanceId = await services.GetRequiredService<WorkflowRuntime>().StartAsync(ReturnKeys.ProcessId, ReturnKeys.BusinessKey(request.Id),
                new Dictionary<string, object?> { ["returnId"] = request.Id.ToString() }, actor, ct);
            request.AttachWorkflow(instanceId, now);
            return request.ToView();
        }, cancellationToken);
    }

    /// <summary>The dealer ships the goods against the approved RMA's return order (RT-01, RT-02).</summary>
    public Task<ReturnView> ShipAsync(Actor actor, Guid returnId, ReturnShipment shipment, CancellationToken cancellationToken)
    {
        if (string.IsNullOrWhiteSpace(shipment.TrackingNumber) || shipment.TrackingNumber.Length > MaxTextLength)
        {
            throw new RequestBodyException(400, "Invalid shipment", $"trackingNumber is required (at most {MaxTextLength} characters).", "trackingNumber");
        }

        if (shipment.Carrier is { Length: > MaxTextLength })
        {
            throw new RequestBodyException(400, "Invalid shipment", $"carrier has at most {MaxTextLength} characters.", "carrier");
        }

        return DeliverAsync(actor, returnId, ReturnKeys.ShippedMessage, request =>
        {
            RequireApprovedRma(request, "shipped");
            if (request.Status == ReturnStatus.ReturnOrderCreated && clock.GetUtcNow().UtcDateTime > request.RmaExpiresAt)
            {
                throw new BusinessRuleException("rma-expired", $"RMA {request.RmaNumber} expired on {request.RmaExpiresAt:yyyy-MM-dd}; request a new return (RT-02).");
            }

            request.EnsureCan(ReturnTrigger.Ship);
            return new Dictionary<string, object?> { ["carrier"] = shipment.Carrier?.Trim(), ["trackingNumber"] = shipment.TrackingNumber.Trim() };
        }, cancellationToken);
    }

    /// <summary>The warehouse confirms the goods arrived; they go to returns stock (RT-10) and an inspection task opens.</summary>
    public Task<ReturnView> ReceiveAsync(Actor actor, Guid returnId, CancellationToken cancellationToken) =>
        DeliverAsync(actor, returnId, ReturnKeys.ReceivedMessage, request =>
        {
            RequireApprovedRma(request, "received");
            request.EnsureCan(ReturnTrigger.Receive);
            return new Dictionary<string, object?> { ["receivedBy"] = actor.Name };
        }, cancellationToken);

    /// <summary>The dealer withdraws a request that has not been shipped.</summary>
    public Task<ReturnView> CancelAsync(Actor actor, Guid returnId, ReturnCancellation cancellation, CancellationToken cancellationToken)
    {
        if (cancellation.Comment is { Length: > 2000 })
        {
            throw new RequestBodyException(400, "Invalid cancellation", "comment has at most 2000 characters.", "comment");
        }

        return DeliverAsync(actor, returnId, ReturnKeys.CancelledMessage, request =>
        {
            request.EnsureCan(ReturnTrigger.Cancel);
            return new Dictionary<string, object?> { ["cancelComment"] = cancellation.Comment };
        }, cancellationToken);
    }

    /// <summary>Records the accepted quantity per line while the goods wait for inspection.</summary>
    public Task<ReturnView> RecordInspectionAsync(Actor actor, Guid returnId, ReturnInspectionSheet sheet, CancellationToken cancellationToken)
    {
        var accepted = ReadSheet(sheet);
        return runner.RunAsync(async (services, db, ct) =>
        {
            var request = await LoadVisibleAsync(db, actor, returnId, ct);
            request.RecordAcceptedQuantities(accepted, clock.GetUtcNow().UtcDateTime);
            await services.GetRequiredService<AuditTrail>().AppendAsync(actor, AuditAction.CaseUpdated, ReturnKeys.AuditSubject(request.Id), request.OrgPath,
                new { caseType = ReturnKeys.CaseType, step = "record-inspection", accepted = accepted.Select(a => new { lineNumber = a.Key, acceptedQuantity = a.Value }) }, ct);
            return request.ToView();
        }, cancellationToken);
    }

    public async Task<ReturnView> GetAsync(Actor actor, Guid returnId, CancellationToken cancellationToken)
    {
        var request = await reads.ReturnRequests.AsNoTracking().Include(r => r.Lines).FirstOrDefaultAsync(r => r.Id == returnId, cancellationToken);
        return request is not null && actor.CanSee(request.OrgPath) ? request.ToView() : throw new NotFoundException("return", returnId.ToString());
    }

    public async Task<ReturnPage> ListAsync(Actor actor, string? status, string? after, int limit, CancellationToken cancellationToken)
    {
        limit = Math.Clamp(limit, 1, 200);
        var query = reads.ReturnRequests.AsNoTracking().Where(r => r.OrgPath.StartsWith(actor.OrgPath));
        if (!string.IsNullOrEmpty(status))
        {
            if (!Enum.TryParse<ReturnStatus>(status, ignoreCase: false, out var wanted) || !Enum.IsDefined(wanted))
            {
                throw new RequestBodyException(400, "Invalid query", $"Unknown status '{status}'; expected one of: {string.Join(", ", Enum.GetNames<ReturnStatus>())}.", "status");
            }

            query = query.Where(r => r.Status == wanted);
        }

        if (after is not null)
        {
            var (at, number) = Cursor.Decode(after);
            query = query.Where(r => r.RequestedAt < at || (r.RequestedAt == at && string.Compare(r.Number, number) < 0));
        }

        var page = await query.OrderByDescending(r => r.RequestedAt).ThenByDescending(r => r.Number).Take(limit + 1).ToListAsync(cancellationToken);
        var next = page.Count > limit ? Cursor.Encode(page[limit - 1].RequestedAt, page[limit - 1].Number) : null;
        return new ReturnPage(page.Take(limit).Select(r => r.ToSummary()).ToList(), next);
    }

    /// <summary>RT-01: nothing is shipped or received for a return without an approved, valid RMA.</summary>
    private static void RequireApprovedRma(ReturnRequest request, string what)
    {
        if (request.Status is ReturnStatus.Requested or ReturnStatus.Rejected or ReturnStatus.RmaExpired or ReturnStatus.Cancelled)
        {
            throw new BusinessRuleException(
                "rma-required",
                $"Return {request.Number} has no approved, valid RMA (status {request.Status}); goods cannot be {what} without one (RT-01).");
        }
    }

    private Task<ReturnView> DeliverAsync(
        Actor actor, Guid returnId, string message, Func<ReturnRequest, Dictionary<string, object?>> check, CancellationToken cancellationToken) =>
        runner.RunAsync(async (services, db, ct) =>
        {
            var request = await LoadVisibleAsync(db, actor, returnId, ct);
            var payload = check(request);
            await services.GetRequiredService<AuditTrail>().AppendAsync(actor, AuditAction.MessageReceived, ReturnKeys.AuditSubject(request.Id), request.OrgPath,
                new { message, payload }, ct);
            await services.GetRequiredService<WorkflowRuntime>().DeliverMessageAsync(message, ReturnKeys.BusinessKey(request.Id), payload, actor, ct);
            return request.ToView();
        }, cancellationToken);

    private static async Task<ReturnRequest> LoadVisibleAsync(WorkflowDmsDbContext db, Actor actor, Guid returnId, CancellationToken ct)
    {
        var request = await db.ReturnRequests.Include(r => r.Lines).FirstOrDefaultAsync(r => r.Id == returnId, ct);
        return request is not null && actor.CanSee(request.OrgPath) ? request : throw new NotFoundException("return", returnId.ToString());
    }

    private static Dictionary<int, int> ReadSheet(ReturnInspectionSheet sheet)
    {
        if (sheet.Lines is not { Count: > 0 })
        {
            throw new RequestBodyException(400, "Invalid inspection", "lines must name at least one line.", "lines");
        }

        var accepted = new Dictionary<int, int>();
        for (var i = 0; i < sheet.Lines.Count; i++)
        {
            var line = sheet.Lines[i];
            if (line?.LineNumber is not { } number || number < 1)
            {
                throw new RequestBodyException(400, "Invalid inspection", "lineNumber is required and at least 1.", $"lines[{i}].lineNumber");
            }

            if (line.AcceptedQuantity is not { } quantity || quantity < 0)
            {
                throw new RequestBodyException(400, "Invalid inspection", "acceptedQuantity is required and 0 or more.", $"lines[{i}].acceptedQuantity");
            }

            if (!accepted.TryAdd(number, quantity))
            {
                throw new RequestBodyException(400, "Invalid inspection", $"Line {number} is named twice.", $"lines[{i}].lineNumber");
            }
        }

        return accepted;
    }

    /// <summary>
    /// The dealer a return is booked to: the caller, or — for a tier-1 dealer acting for a sub-dealer — the
    /// named dealer, which must lie in the caller's subtree.
    /// </summary>
    private static async Task<Dealer> ReturningDealerAsync(WorkflowDmsDbContext db, Actor actor, string? dealerCode, CancellationToken ct)
    {
        var dealer = string.IsNullOrWhiteSpace(dealerCode)
            ? await db.Dealers.SingleOrDefaultAsync(d => d.Id == actor.DealerId, ct)
            : await db.Dealers.SingleOrDefaultAsync(d => d.Code == dealerCode.Trim(), ct);
        if (dealer is null || !actor.CanSee(dealer.OrgPath))
        {
            throw new BusinessRuleException("unknown-dealer", $"dealerCode '{dealerCode}' is unknown or not one of your sub-dealers.");
        }

        return dealer.Active ? dealer : throw new BusinessRuleException("dealer-inactive", $"Dealer {dealer.Code} is not active.");
    }
}
