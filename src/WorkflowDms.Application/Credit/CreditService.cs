using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using WorkflowDms.Application.Auditing;
using WorkflowDms.Application.Common;
using WorkflowDms.Application.Events;
using WorkflowDms.Application.Inbox;
using WorkflowDms.Application.Orders;
using WorkflowDms.Application.Security;
using WorkflowDms.Application.Workflows;
using WorkflowDms.Domain.Auditing;
using WorkflowDms.Domain.Credit;
using WorkflowDms.Domain.Errors;
using WorkflowDms.Domain.Tasks;
using WorkflowDms.Persistence;

namespace WorkflowDms.Application.Credit;

/// <summary>
/// Credit control: the account with its exposure broken down (C-01) and free credit, ERP postings of
/// invoices and payments (idempotent by reference), manual block (C-10), and credit-limit requests that a
/// credit manager other than the requester approves (C-15), temporary ones reverting by a timer (C-12).
/// </summary>
public sealed class CreditService(CommandRunner runner, WorkflowDmsDbContext reads, InboxService inbox, TimeProvider clock)
{
    public async Task<CreditAccountView> GetAccountAsync(Actor actor, string dealerCodeOrId, CancellationToken cancellationToken)
    {
        var account = await FindAsync(reads, actor, dealerCodeOrId, cancellationToken);
        return BuildView(reads, account, clock.GetUtcNow().UtcDateTime);
    }

    public async Task<IReadOnlyList<CreditAccountView>> ListAccountsAsync(Actor actor, CancellationToken cancellationToken)
    {
        var accounts = await reads.CreditAccounts.AsNoTracking().Where(a => a.OrgPath.StartsWith(actor.OrgPath)).OrderBy(a => a.DealerCode).ToListAsync(cancellationToken);
        var now = clock.GetUtcNow().UtcDateTime;
        return accounts.Select(a => BuildView(reads, a, now)).ToList();
    }

    public async Task<IReadOnlyList<CreditPostingView>> PostingsAsync(Actor actor, string dealerCodeOrId, CancellationToken cancellationToken)
    {
        var account = await FindAsync(reads, actor, dealerCodeOrId, cancellationToken);
        return await reads.CreditPostings.AsNoTracking().Where(p => p.AccountId == account.Id).OrderBy(p => p.PostedAt).ThenBy(p => p.Id)
            .Select(p => new CreditPostingView(p.Kind, p.Reference, p.OrderId, p.OpenOrdersMinor / 100m, p.ReceivablesMinor / 100m, p.DeliveredNotInvoicedMinor / 100m, p.PostedAt, p.PostedBy))
            .ToListAsync(cancellationToken);
    }

    /// <summary>The ERP posts an invoice: receivables grow; an order's invoice clears its delivered-not-invoiced value.</summary>
    public Task<PostingResult> PostInvoiceAsync(Actor actor, InvoiceRequest request, CancellationToken cancellationToken)
    {
        EnsureMayPost(actor);
        Require(request.DealerCode, "dealerCode");
        Require(request.InvoiceNumber, "invoiceNumber");
        RequireAmount(request.Amount);
        if (request.InvoiceNumber!.Length > 64)
        {
            throw new RequestBodyException(400, "Invalid invoice", "invoiceNumber has at most 64 characters.", "invoiceNumber");
        }

        return runner.RunAsync(async (services, db, ct) =>
        {
            var account = await FindAsync(db, actor, request.DealerCode!, ct);
            EnsureCurrency(account, request.Currency);
            if (request.OrderId is { } orderId && !await db.Orders.AnyAsync(o => o.Id == orderId && o.DealerId == account.DealerId, ct))
            {
                throw new RequestBodyException(422, "Unknown order", $"Order {orderId} is not an order of {account.DealerCode}.", "orderId");
            }

            var now = clock.GetUtcNow().UtcDateTime;
            var invoiceDate = request.InvoiceDate?.ToDateTime(TimeOnly.MinValue, DateTimeKind.Utc) ?? now.Date;
            var dueDate = request.DueDate?.ToDateTime(TimeOnly.MinValue, DateTimeKind.Utc) ?? invoiceDate.AddDays(30);
            var ledger = Ledger(services, actor);
            var posted = ledger.PostInvoice(account, request.InvoiceNumber!.Trim(), request.OrderId, OrderViews.Minor(request.Amount), invoiceDate, dueDate);
            return new PostingResult(posted, $"invoice:{request.InvoiceNumber!.Trim()}", BuildView(db, account, now, ledger));
        }, cancellationToken);
    }

    /// <summary>The ERP posts a payment: receivables fall and open items are cleared.</summary>
    public Task<PostingResult> PostPaymentAsync(Actor actor, PaymentRequest request, CancellationToken cancellationToken)
    {
        EnsureMayPost(actor);
        Require(request.DealerCode, "dealerCode");
        Require(request.Reference, "reference");
        RequireAmount(request.Amount);
        return runner.RunAsync(async (services, db, ct) =>
        {
            var account = await FindAsync(db, actor, request.DealerCode!, ct);
            EnsureCurrency(account, request.Currency);
            var ledger = Ledger(services, actor);
            var reference = $"payment:{request.Reference!.Trim()}";
            var posted = await ledger.PostClearingAsync(account, "payment", reference, OrderViews.Minor(request.Amount), request.InvoiceNumber?.Trim(), ct);
            return new PostingResult(posted, reference, BuildView(db, account, clock.GetUtcNow().UtcDateTime, ledger));
        }, cancellationToken);
    }

    /// <summary>C-10: a blocked account blocks every new order regardless of the limit.</summary>
    public Task<CreditAccountView> SetBlockAsync(Actor actor, string dealerCodeOrId, bool block, string? reason, CancellationToken cancellationToken)
    {
        EnsureMayManage(actor);
        if (block && string.IsNullOrWhiteSpace(reason))
        {
            throw new RequestBodyException(400, "Invalid block", "reason is required to block an account.", "reason");
        }

        return runner.RunAsync(async (services, db, ct) =>
        {
            var account = await FindAsync(db, actor, dealerCodeOrId, ct);
            var now = clock.GetUtcNow().UtcDateTime;
            var before = account.ManualBlock;
            if (block)
            {
                account.Block(reason!.Trim(), now);
            }
            else
            {
                account.Unblock(now);
            }

            await services.GetRequiredService<AuditTrail>().AppendAsync(actor, AuditAction.CaseStatusChanged, $"credit-account:{account.Id}", account.OrgPath,
                new { caseType = "credit-account", step = block ? "block" : "unblock", from = before ? "Blocked" : "Active", to = block ? "Blocked" : "Active", reason }, ct);
            return BuildView(db, account, now);
        }, cancellationToken);
    }

    /// <summary>C-15: a limit change is a request a credit manager other than the requester decides.</summary>
    public Task<CreditLimitRequestView> RequestLimitAsync(Actor actor, string dealerCodeOrId, CreditLimitRequestBody body, CancellationToken cancellationToken)
    {
        EnsureMayManage(actor);
        if (body.Limit < 0)
        {
            throw new RequestBodyException(400, "Invalid request", "limit must be 0 or more.", "limit");
        }

        if (string.IsNullOrWhiteSpace(body.Justification) || body.Justification.Length > 2000)
        {
            throw new RequestBodyException(400, "Invalid request", "justification is required (at most 2000 characters).", "justification");
        }

        return runner.RunAsync(async (services, db, ct) =>
        {
            var account = await FindAsync(db, actor, dealerCodeOrId, ct);
            var now = clock.GetUtcNow().UtcDateTime;
            var endsAt = body.EndsAt is { } e ? DateTime.SpecifyKind(e.ToUniversalTime(), DateTimeKind.Utc) : (DateTime?)null;
            if (endsAt is not null && endsAt <= now)
            {
                throw new RequestBodyException(422, "Invalid request", "endsAt must be in the future.", "endsAt");
            }

            var dealer = await db.Dealers.SingleAsync(d => d.Id == account.DealerId, ct);
            var request = CreditLimitRequest.Submit(Guid.CreateVersion7(clock.GetUtcNow()), account, dealer.OrgNodeId, OrderViews.Minor(body.Limit), endsAt, body.Justification.Trim(), actor.Id, now);
            db.CreditLimitRequests.Add(request);
            await services.GetRequiredService<AuditTrail>().AppendAsync(actor, AuditAction.CaseCreated, CreditKeys.BusinessKey(request.Id), request.OrgPath,
                new { caseType = CreditKeys.LimitCaseType, request.Number, account.DealerCode, requested = body.Limit, endsAt }, ct);
            services.GetRequiredService<CaseEvents>().StatusChangedTo(
                new CaseReference(CreditKeys.LimitCaseType, request.Id, request.Number, request.OrgNodeId, request.OrgPath), request.DealerId, request.Status.ToString());

            var approvers = (from user in db.Users
                             join userRole in db.UserRoles on user.Id equals userRole.UserId
                             join role in db.Roles on userRole.RoleId equals role.Id
                             where role.Name == OrderGroups.CreditManagers && user.Id != actor.Id
                             select new { user.Id, user.OrgPath }).ToList()
                .Where(u => request.OrgPath.StartsWith(u.OrgPath, StringComparison.Ordinal)).Select(u => u.Id).Distinct().ToList();
            if (approvers.Count == 0)
            {
                throw new BusinessRuleException("no-approver", "No credit manager other than you can decide this request (four-eyes).");
            }

            await services.GetRequiredService<WorkflowRuntime>().StartAsync(CreditKeys.ProcessId, CreditKeys.BusinessKey(request.Id), new Dictionary<string, object?>
            {
                ["approverUsers"] = string.Join(',', approvers),
                ["temporary"] = endsAt is not null,
                ["endsAt"] = endsAt?.ToString("O"),
            }, actor, ct);
            return request.ToView();
        }, cancellationToken);
    }

    /// <summary>Approves or rejects a limit request with four-eyes: the requester cannot decide it (422 <c>four-eyes</c>).</summary>
    public async Task<CreditLimitRequestView> DecideLimitAsync(Actor actor, Guid requestId, string decision, CreditDecisionBody body, CancellationToken cancellationToken)
    {
        var request = await reads.CreditLimitRequests.AsNoTracking().FirstOrDefaultAsync(r => r.Id == requestId, cancellationToken);
        if (request is null || !actor.CanSee(request.OrgPath))
        {
            throw new NotFoundException("credit-limit-request", requestId.ToString());
        }

        if (request.Status != CreditLimitRequestStatus.Submitted)
        {
            throw new InvalidTransitionException(nameof(CreditLimitRequest), request.Id, request.Status.ToString(), decision == "approve" ? "Approve" : "Reject");
        }

        if (request.RequestedBy == actor.Id)
        {
            throw new BusinessRuleException("four-eyes", $"You requested {request.Number}; another credit manager must decide it.");
        }

        var task = await reads.WorkTasks.AsNoTracking().Include(t => t.Candidates)
            .FirstOrDefaultAsync(t => t.CaseId == requestId && (t.ElementId == CreditKeys.DecisionTaskElement || t.ElementId == CreditKeys.EscalatedDecisionTaskElement) && (t.Status == WorkTaskStatus.Open || t.Status == WorkTaskStatus.Claimed), cancellationToken)
            ?? throw new ConflictException("no-decision-task", $"{request.Number} has no open decision task.");
        if (!task.IsCandidate(actor.Id, actor.Groups))
        {
            throw new BusinessRuleException("not-authorised", "Only credit managers decide credit-limit requests.");
        }

        await inbox.CompleteAsync(actor, task.Id, new TaskDecision(decision, body.ReasonCode, body.Comment), cancellationToken);
        return await GetLimitRequestAsync(actor, requestId, cancellationToken);
    }

    public async Task<CreditLimitRequestView> GetLimitRequestAsync(Actor actor, Guid requestId, CancellationToken cancellationToken)
    {
        var request = await reads.CreditLimitRequests.AsNoTracking().FirstOrDefaultAsync(r => r.Id == requestId, cancellationToken);
        return request is not null && actor.CanSee(request.OrgPath) ? request.ToView() : throw new NotFoundException("credit-limit-request", requestId.ToString());
    }

    internal static CreditAccountView BuildView(WorkflowDmsDbContext db, CreditAccount account, DateTime now, CreditLedger? ledger = null)
    {
        var exposure = ledger?.Exposure(account.Id) ?? StoredExposure(db, account.Id);
        var items = db.ReceivableItems.Local.Where(r => r.AccountId == account.Id).ToList();
        var stored = db.ReceivableItems.AsNoTracking().Where(r => r.AccountId == account.Id && r.OpenMinor > 0).ToList();
        var open = items.Concat(stored.Where(s => !items.Exists(i => i.Id == s.Id))).Where(r => r.OpenMinor > 0).OrderBy(r => r.DueDate).ToList();
        var limit = account.EffectiveLimitMinor(now);
        return new CreditAccountView(
            account.Id,
            account.DealerCode,
            account.Currency,
            limit / 100m,
            account.BaseLimitMinor / 100m,
            account.TemporaryLimitMinor / 100m,
            account.TemporaryLimitEndsAt,
            DateOnly.FromDateTime(account.LimitValidTo),
            account.RiskClass,
            account.ManualBlock,
            account.BlockReason,
            DateOnly.FromDateTime(account.NextReviewDate),
            account.AllowedOverdueDays,
            account.MaxDocumentValueMinor / 100m,
            new ExposureView(exposure.OpenOrdersMinor / 100m, exposure.ReceivablesMinor / 100m, exposure.DeliveredNotInvoicedMinor / 100m, exposure.TotalMinor / 100m),
            (limit - exposure.TotalMinor) / 100m,
            open.Select(r => r.DaysOverdue(now)).DefaultIfEmpty(0).Max(),
            open.Select(r => new OpenItemView(r.InvoiceNumber, r.OrderId, r.AmountMinor / 100m, r.OpenMinor / 100m, DateOnly.FromDateTime(r.InvoiceDate), DateOnly.FromDateTime(r.DueDate), r.DaysOverdue(now))).ToList());
    }

    private static CreditExposure StoredExposure(WorkflowDmsDbContext db, Guid accountId)
    {
        var sums = db.CreditPostings.AsNoTracking().Where(p => p.AccountId == accountId).GroupBy(p => p.AccountId)
            .Select(g => new { Open = g.Sum(p => p.OpenOrdersMinor), Receivables = g.Sum(p => p.ReceivablesMinor), Delivered = g.Sum(p => p.DeliveredNotInvoicedMinor) })
            .FirstOrDefault();
        return new CreditExposure(sums?.Open ?? 0, sums?.Receivables ?? 0, sums?.Delivered ?? 0);
    }

    private static CreditLedger Ledger(IServiceProvider services, Actor actor)
    {
        var ledger = services.GetRequiredService<CreditLedger>();
        ledger.ActAs(actor);
        return ledger;
    }

    private static async Task<CreditAccount> FindAsync(WorkflowDmsDbContext db, Actor actor, string dealerCodeOrId, CancellationToken ct)
    {
        var account = Guid.TryParse(dealerCodeOrId, out var id)
            ? await db.CreditAccounts.FirstOrDefaultAsync(a => a.Id == id || a.DealerId == id, ct)
            : await db.CreditAccounts.FirstOrDefaultAsync(a => a.DealerCode == dealerCodeOrId.Trim(), ct);
        return account is not null && actor.CanSee(account.OrgPath) ? account : throw new NotFoundException("credit-account", dealerCodeOrId);
    }

    private static void EnsureCurrency(CreditAccount account, string? currency)
    {
        if (currency is not null && currency != account.Currency)
        {
            throw new RequestBodyException(422, "Currency mismatch", $"The account of {account.DealerCode} is kept in {account.Currency}.", "currency");
        }
    }

    private static void Require(string? value, string field)
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            throw new RequestBodyException(400, "Invalid posting", $"{field} is required.", field);
        }
    }

    private static void RequireAmount(decimal amount)
    {
        if (amount <= 0 || decimal.Round(amount, 2) != amount)
        {
            throw new RequestBodyException(400, "Invalid posting", "amount must be positive with at most 2 decimals.", "amount");
        }
    }

    private static void EnsureMayPost(Actor actor)
    {
        if (actor.Kind != ActorKind.User || !OrderGroups.MayPostReceivables(actor))
        {
            throw new BusinessRuleException("not-authorised", "Invoices and payments are posted by the ERP (erp-integration) or credit staff.");
        }
    }

    private static void EnsureMayManage(Actor actor)
    {
        if (actor.Kind != ActorKind.User || !OrderGroups.MayManageCredit(actor))
        {
            throw new BusinessRuleException("not-authorised", "This needs the credit-controllers or credit-managers role.");
        }
    }
}
