using System.Globalization;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using WorkflowDms.Application.Auditing;
using WorkflowDms.Application.Claims;
using WorkflowDms.Application.Common;
using WorkflowDms.Application.Credit;
using WorkflowDms.Application.Events;
using WorkflowDms.Application.Security;
using WorkflowDms.Application.Workflows;
using WorkflowDms.Domain.Auditing;
using WorkflowDms.Domain.Claims;
using WorkflowDms.Domain.Errors;
using WorkflowDms.Domain.Settlement;
using WorkflowDms.Persistence;

namespace WorkflowDms.Application.Settlement;

/// <summary>
/// Warranty settlement (infodms 结算): the claims approved for payment up to the end of a period are collected
/// into one payment batch per dealer, each claim is paid and closed, and a credit note for the batch total is
/// posted to the dealer's account — all in one transaction.
/// </summary>
public sealed class SettlementService(CommandRunner runner, WorkflowDmsDbContext reads)
{
    public async Task<IReadOnlyList<PaymentBatchView>> SettleAsync(Actor actor, SettlementRequest request, CancellationToken cancellationToken)
    {
        if (request.Period is null || !DateTime.TryParseExact(request.Period + "-01", "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.AdjustToUniversal | DateTimeStyles.AssumeUniversal, out var periodStart))
        {
            throw new RequestBodyException(400, "Invalid settlement", "period is required as yyyy-MM, e.g. 2026-11.", "period");
        }

        if (!WarrantyGroups.IsIn(actor, WarrantyGroups.Settlers))
        {
            throw new RequestBodyException(403, "Forbidden", $"Settlement needs one of the groups: {string.Join(", ", WarrantyGroups.Settlers)}.");
        }

        var periodEnd = DateTime.SpecifyKind(periodStart, DateTimeKind.Utc).AddMonths(1);
        return await runner.RunAsync(async (services, db, ct) =>
        {
            var now = services.GetRequiredService<TimeProvider>().GetUtcNow().UtcDateTime;
            if (periodEnd > now.AddMonths(1))
            {
                throw new BusinessRuleException("period-in-future", $"Period {request.Period} has not started yet.");
            }

            var claims = await db.Claims.Include(c => c.Lines)
                .Where(c => c.OrgPath.StartsWith(actor.OrgPath) && c.Status == ClaimStatus.ApprovedForPayment && c.UpdatedAt < periodEnd)
                .ToListAsync(ct);
            if (claims.Count == 0)
            {
                throw new BusinessRuleException("nothing-to-settle", $"No claims in your scope are approved for payment up to the end of {request.Period}.");
            }

            var audit = services.GetRequiredService<AuditTrail>();
            var events = services.GetRequiredService<CaseEvents>();
            var credit = services.GetRequiredService<ICreditPostings>();
            var batches = new List<PaymentBatchView>();
            foreach (var group in claims.GroupBy(c => c.DealerId).OrderBy(g => g.First().DealerCode, StringComparer.Ordinal))
            {
                var first = group.First();
                if (await db.PaymentBatches.AnyAsync(b => b.DealerId == group.Key && b.Period == request.Period, ct))
                {
                    throw new ConflictException("period-already-settled", $"Dealer {first.DealerCode} was already settled for {request.Period}; its later approvals go into the next period.");
                }

                var dealerClaims = group.OrderBy(c => c.Number, StringComparer.Ordinal).ToList();
                var batch = PaymentBatch.Create(Guid.CreateVersion7(), request.Period, group.Key, first.DealerCode, first.OrgNodeId, first.OrgPath, first.Currency,
                    dealerClaims.Select(c => c.ApprovedMinor ?? 0).ToList(), actor.Name, now);
                db.PaymentBatches.Add(batch);
                await audit.AppendAsync(actor, AuditAction.CaseCreated, $"payment-batch:{batch.Id}", batch.OrgPath,
                    new { caseType = "payment-batch", batch.Number, batch.DealerCode, batch.Period, batch.ClaimCount, total = batch.TotalMinor / 100m }, ct);

                foreach (var claim in dealerClaims)
                {
                    Change(audit, events, actor, claim, "pay", c => c.PayInBatch(batch.Id, now), batch.Number);
                    Change(audit, events, actor, claim, "close", c => c.Close(now), batch.Number);
                }

                await credit.PostCreditNoteAsync(batch.DealerId, batch.TotalMinor, batch.Currency, batch.CreditNoteReference, ct);
                await audit.AppendAsync(actor, AuditAction.LedgerPosted, $"payment-batch:{batch.Id}", batch.OrgPath,
                    new { kind = "credit-note", batch.CreditNoteReference, amount = batch.TotalMinor / 100m, batch.Currency }, ct);
                batches.Add(ToView(batch, dealerClaims.Select(c => c.Number).ToList()));
            }

            return (IReadOnlyList<PaymentBatchView>)batches;
        }, cancellationToken);
    }

    public async Task<PaymentBatchView> GetAsync(Actor actor, Guid id, CancellationToken cancellationToken)
    {
        var batch = await reads.PaymentBatches.AsNoTracking().FirstOrDefaultAsync(b => b.Id == id, cancellationToken);
        if (batch is null || !actor.CanSee(batch.OrgPath))
        {
            throw new NotFoundException("payment-batch", id.ToString());
        }

        var numbers = await reads.Claims.AsNoTracking().Where(c => c.PaymentBatchId == id).OrderBy(c => c.Number).Select(c => c.Number).ToListAsync(cancellationToken);
        return ToView(batch, numbers);
    }

    public async Task<IReadOnlyList<PaymentBatchView>> ListAsync(Actor actor, string? period, CancellationToken cancellationToken)
    {
        var query = reads.PaymentBatches.AsNoTracking().Where(b => b.OrgPath.StartsWith(actor.OrgPath));
        if (!string.IsNullOrEmpty(period))
        {
            query = query.Where(b => b.Period == period);
        }

        var batches = await query.OrderByDescending(b => b.CreatedAt).Take(200).ToListAsync(cancellationToken);
        return batches.Select(b => ToView(b, null)).ToList();
    }

    private static void Change(AuditTrail audit, CaseEvents events, Actor actor, Claim claim, string step, Action<Claim> change, string batchNumber)
    {
        var from = claim.Status;
        change(claim);
        audit.Append(actor, AuditAction.ClaimStatusChanged, ClaimKeys.AuditSubject(claim.Id), claim.OrgPath,
            new { step, from = from.ToString(), to = claim.Status.ToString(), paymentBatch = batchNumber, approved = (claim.ApprovedMinor ?? 0) / 100m });
        events.StatusChangedTo(new CaseReference(ClaimKeys.CaseType, claim.Id, claim.Number, claim.OrgNodeId, claim.OrgPath), claim.DealerId,
            claim.Status.ToString(), new { from = from.ToString(), claim.DealerClaimNumber, paymentBatch = batchNumber });
    }

    private static PaymentBatchView ToView(PaymentBatch b, IReadOnlyList<string>? claimNumbers) => new(
        b.Id, b.Number, b.DealerCode, b.Period, b.ClaimCount, b.TotalMinor / 100m, b.Currency, b.CreditNoteReference, b.CreatedAt, b.CreatedBy, claimNumbers);
}
