using FluentValidation;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using WorkflowDms.Application.Auditing;
using WorkflowDms.Application.Common;
using WorkflowDms.Application.Inbox;
using WorkflowDms.Application.Orders.Steps;
using WorkflowDms.Application.Security;
using WorkflowDms.Application.Workflows;
using WorkflowDms.Domain.Auditing;
using WorkflowDms.Domain.Dealers;
using WorkflowDms.Domain.Errors;
using WorkflowDms.Domain.Orders;
using WorkflowDms.Domain.Tasks;
using WorkflowDms.Persistence;

namespace WorkflowDms.Application.Orders;

/// <summary>
/// The order use cases: maintain a draft, submit (order rules, credit check, approval by the
/// delegation-of-authority matrix in <c>order-approval.bpmn</c>), adjust a held order, approve or reject with
/// four-eyes, accept, ship, confirm receipt, close, cancel, read and list. Each command is one transaction.
/// </summary>
public sealed class OrderService(CommandRunner runner, IValidator<OrderRequest> validator, WorkflowDmsDbContext reads, InboxService inbox, TimeProvider clock)
{
    public async Task<OrderView> CreateAsync(Actor actor, OrderRequest request, CancellationToken cancellationToken)
    {
        await validator.ValidateAndThrowAsync(request, cancellationToken);
        if (request.OrderType is null)
        {
            throw new RequestBodyException(400, "Invalid order", "orderType is required ('vehicle' or 'parts').", "orderType");
        }

        if (string.IsNullOrWhiteSpace(request.DealerReference))
        {
            throw new RequestBodyException(400, "Invalid order", "dealerReference is required.", "dealerReference");
        }

        var type = request.OrderType == "vehicle" ? OrderType.Vehicle : OrderType.Parts;
        EnsureMayEnter(actor, type);
        return await runner.RunAsync(async (services, db, ct) =>
        {
            var dealer = await OrderingDealerAsync(db, actor, request.DealerCode, ct);
            var reference = request.DealerReference.Trim();
            if (await db.Orders.AnyAsync(o => o.DealerId == dealer.Id && o.DealerReference == reference, ct))
            {
                throw new ConflictException("duplicate-dealer-reference", $"Order '{reference}' already exists for {dealer.Code}.");
            }

            var now = clock.GetUtcNow().UtcDateTime;
            var orderDate = OrderDate(request, now);
            var lines = await OrderPricing.PriceAsync(db, dealer, type, orderDate, request.Lines!, ct);
            var order = Order.CreateDraft(Guid.CreateVersion7(clock.GetUtcNow()), type, dealer, reference, orderDate, lines, actor.Id, now);
            db.Orders.Add(order);
            await services.GetRequiredService<AuditTrail>().AppendAsync(actor, AuditAction.CaseCreated, OrderKeys.AuditSubject(order.Id), order.OrgPath,
                new { caseType = OrderKeys.CaseType, order.Number, order.DealerCode, orderType = OrderViews.TypeName(type), total = OrderViews.Money(order.TotalMinor), lines = order.Lines.Count }, ct);
            return order.ToView();
        }, cancellationToken);
    }

    /// <summary>Draft edit (maintain): new order date and lines, repriced.</summary>
    public async Task<OrderView> MaintainAsync(Actor actor, Guid orderId, OrderRequest request, CancellationToken cancellationToken)
    {
        await validator.ValidateAndThrowAsync(request, cancellationToken);
        return await runner.RunAsync(async (services, db, ct) =>
        {
            var order = await LoadAsync(db, actor, orderId, ct);
            var dealer = await db.Dealers.SingleAsync(d => d.Id == order.DealerId, ct);
            var now = clock.GetUtcNow().UtcDateTime;
            var orderDate = OrderDate(request, now);
            var lines = await OrderPricing.PriceAsync(db, dealer, order.Type, orderDate, request.Lines!, ct);
            order.Maintain(orderDate, lines, now);
            await services.GetRequiredService<AuditTrail>().AppendAsync(actor, AuditAction.CaseUpdated, OrderKeys.AuditSubject(order.Id), order.OrgPath,
                new { caseType = OrderKeys.CaseType, step = "maintain", total = OrderViews.Money(order.TotalMinor), lines = order.Lines.Count }, ct);
            return order.ToView();
        }, cancellationToken);
    }

    /// <summary>Submits a draft: the order rules and the credit check run at once; the order ends held, credit-blocked, pending approval or rejected.</summary>
    public Task<OrderView> SubmitAsync(Actor actor, Guid orderId, CancellationToken cancellationToken) =>
        runner.RunAsync(async (services, db, ct) =>
        {
            var order = await LoadAsync(db, actor, orderId, ct);
            var steps = services.GetRequiredService<OrderStepContext>();
            var workflows = services.GetRequiredService<WorkflowRuntime>();
            services.GetRequiredService<ExecutionScope>().Actor = actor;
            steps.Change(order, "submit", o => o.Submit(actor.Id, steps.Now));
            var instanceId = await workflows.StartAsync(OrderKeys.ProcessId, OrderKeys.BusinessKey(order.Id),
                new Dictionary<string, object?> { ["orderId"] = order.Id.ToString() }, actor, ct);
            order.AttachWorkflow(instanceId, steps.Now);
            return order.ToView();
        }, cancellationToken);

    /// <summary>The dealer corrects a held order; it is evaluated again.</summary>
    public async Task<OrderView> AdjustAsync(Actor actor, Guid orderId, OrderRequest request, CancellationToken cancellationToken)
    {
        await validator.ValidateAndThrowAsync(request, cancellationToken);
        return await runner.RunAsync(async (services, db, ct) =>
        {
            var order = await LoadAsync(db, actor, orderId, ct);
            var dealer = await db.Dealers.SingleAsync(d => d.Id == order.DealerId, ct);
            var steps = services.GetRequiredService<OrderStepContext>();
            services.GetRequiredService<ExecutionScope>().Actor = actor;
            var orderDate = OrderDate(request, steps.Now);
            var lines = await OrderPricing.PriceAsync(db, dealer, order.Type, orderDate, request.Lines!, ct);
            steps.Change(order, "adjust", o => o.Adjust(orderDate, lines, steps.Now));
            await services.GetRequiredService<WorkflowRuntime>().DeliverMessageAsync(OrderKeys.AdjustedMessage, OrderKeys.BusinessKey(order.Id), new Dictionary<string, object?>(), actor, ct);
            return order.ToView();
        }, cancellationToken);
    }

    /// <summary>Cancels a draft, a held order, or an approved order not yet shipped (O-20: after shipment only a return).</summary>
    public Task<OrderView> CancelAsync(Actor actor, Guid orderId, string? comment, CancellationToken cancellationToken) =>
        runner.RunAsync(async (services, db, ct) =>
        {
            var order = await LoadAsync(db, actor, orderId, ct);
            var steps = services.GetRequiredService<OrderStepContext>();
            services.GetRequiredService<ExecutionScope>().Actor = actor;
            if (order.Status == OrderStatus.OnHold)
            {
                await services.GetRequiredService<WorkflowRuntime>().DeliverMessageAsync(OrderKeys.CancelledMessage, OrderKeys.BusinessKey(order.Id),
                    new Dictionary<string, object?> { ["comment"] = comment }, actor, ct);
            }
            else
            {
                steps.Change(order, "cancel", o => o.Cancel(comment, steps.Now));
            }

            return order.ToView();
        }, cancellationToken);

    /// <summary>
    /// Completes the order's approval task with four-eyes (O-17): whoever created or submitted the order may
    /// not decide it (422 <c>four-eyes</c>); only approvers the delegation-of-authority matrix chose may (O-15).
    /// </summary>
    public async Task<OrderView> DecideAsync(Actor actor, Guid orderId, string decision, OrderDecisionRequest body, CancellationToken cancellationToken)
    {
        var order = await reads.Orders.AsNoTracking().FirstOrDefaultAsync(o => o.Id == orderId, cancellationToken);
        if (order is null || !actor.CanSee(order.OrgPath))
        {
            throw new NotFoundException("order", orderId.ToString());
        }

        if (order.Status != OrderStatus.PendingApproval)
        {
            throw new InvalidTransitionException(nameof(Order), order.Id, order.Status.ToString(), decision == "approve" ? nameof(OrderTrigger.Approve) : nameof(OrderTrigger.Reject));
        }

        if (actor.Id == order.CreatedBy || actor.Id == order.SubmittedBy)
        {
            throw new BusinessRuleException("four-eyes", $"You created or submitted order {order.Number}; another approver must decide it (four-eyes, O-17).");
        }

        var task = await reads.WorkTasks.AsNoTracking().Include(t => t.Candidates)
            .FirstOrDefaultAsync(t => t.CaseId == orderId && (t.ElementId == OrderKeys.ApprovalTaskElement || t.ElementId == OrderKeys.EscalatedApprovalTaskElement) && (t.Status == WorkTaskStatus.Open || t.Status == WorkTaskStatus.Claimed), cancellationToken)
            ?? throw new ConflictException("no-approval-task", $"Order {order.Number} has no open approval task.");
        if (!task.IsCandidate(actor.Id, actor.Groups) && task.Assignee != actor.Id)
        {
            throw new BusinessRuleException("outside-authority", $"Order {order.Number} ({OrderViews.Money(order.TotalMinor)} {order.Currency}) is above your approval authority or outside your level (O-15).");
        }

        await inbox.CompleteAsync(actor, task.Id, new TaskDecision(decision, body.ReasonCode, body.Comment), cancellationToken);
        return await GetAsync(actor, orderId, cancellationToken);
    }

    /// <summary>The OEM accepts an approved order into production/fulfilment; a vehicle order consumes allocation (O-01).</summary>
    public Task<OrderView> AcceptAsync(Actor actor, Guid orderId, CancellationToken cancellationToken) =>
        StaffStepAsync(actor, orderId, "accept", (o, now) => o.Accept(now), cancellationToken);

    /// <summary>Goods issue: the order's value moves from open orders to delivered-not-invoiced.</summary>
    public Task<OrderView> ShipAsync(Actor actor, Guid orderId, CancellationToken cancellationToken) =>
        StaffStepAsync(actor, orderId, "ship", (o, now) => o.Ship(now), cancellationToken);

    /// <summary>The dealer confirms the goods arrived.</summary>
    public Task<OrderView> ConfirmReceiptAsync(Actor actor, Guid orderId, CancellationToken cancellationToken) =>
        runner.RunAsync(async (services, db, ct) =>
        {
            var order = await LoadAsync(db, actor, orderId, ct);
            var steps = services.GetRequiredService<OrderStepContext>();
            services.GetRequiredService<ExecutionScope>().Actor = actor;
            steps.Change(order, "confirm-receipt", o => o.ConfirmReceipt(steps.Now));
            return order.ToView();
        }, cancellationToken);

    /// <summary>Closes a delivered order once it is fully invoiced (nothing left delivered-not-invoiced).</summary>
    public Task<OrderView> CloseAsync(Actor actor, Guid orderId, CancellationToken cancellationToken) =>
        runner.RunAsync(async (services, db, ct) =>
        {
            EnsureMayManage(actor);
            var order = await LoadAsync(db, actor, orderId, ct);
            var steps = services.GetRequiredService<OrderStepContext>();
            services.GetRequiredService<ExecutionScope>().Actor = actor;
            if (order.Status == OrderStatus.Delivered && steps.Ledger.OrderExposure(order.Id).DeliveredNotInvoicedMinor > 0)
            {
                throw new BusinessRuleException("not-invoiced", $"Order {order.Number} is not fully invoiced yet; it closes after the ERP posts its invoice.");
            }

            steps.Change(order, "close", o => o.Close(steps.Now));
            return order.ToView();
        }, cancellationToken);

    public async Task<OrderView> GetAsync(Actor actor, Guid orderId, CancellationToken cancellationToken)
    {
        var order = await reads.Orders.AsNoTracking().Include(o => o.Lines).FirstOrDefaultAsync(o => o.Id == orderId, cancellationToken);
        return order is not null && actor.CanSee(order.OrgPath) ? order.ToView() : throw new NotFoundException("order", orderId.ToString());
    }

    public async Task<OrderPage> ListAsync(Actor actor, string? status, string? orderType, string? after, int limit, CancellationToken cancellationToken)
    {
        limit = Math.Clamp(limit, 1, 200);
        var query = reads.Orders.AsNoTracking().Where(o => o.OrgPath.StartsWith(actor.OrgPath));
        if (!string.IsNullOrEmpty(status))
        {
            if (!Enum.TryParse<OrderStatus>(status, ignoreCase: false, out var wanted))
            {
                throw new RequestBodyException(400, "Invalid query", $"Unknown status '{status}'; expected one of: {string.Join(", ", Enum.GetNames<OrderStatus>())}.", "status");
            }

            query = query.Where(o => o.Status == wanted);
        }

        if (!string.IsNullOrEmpty(orderType))
        {
            if (orderType is not ("vehicle" or "parts"))
            {
                throw new RequestBodyException(400, "Invalid query", "orderType must be 'vehicle' or 'parts'.", "orderType");
            }

            var type = orderType == "vehicle" ? OrderType.Vehicle : OrderType.Parts;
            query = query.Where(o => o.Type == type);
        }

        if (after is not null)
        {
            var (at, number) = Cursor.Decode(after);
            query = query.Where(o => o.CreatedAt < at || (o.CreatedAt == at && string.Compare(o.Number, number) < 0));
        }

        var page = await query.OrderByDescending(o => o.CreatedAt).ThenByDescending(o => o.Number).Take(limit + 1).ToListAsync(cancellationToken);
        var next = page.Count > limit ? Cursor.Encode(page[limit - 1].CreatedAt, page[limit - 1].Number) : null;
        return new OrderPage(page.Take(limit).Select(o => o.ToSummary()).ToList(), next);
    }

    private Task<OrderView> StaffStepAsync(Actor actor, Guid orderId, string step, Action<Order, DateTime> change, CancellationToken cancellationToken) =>
        runner.RunAsync(async (services, db, ct) =>
        {
            EnsureMayManage(actor);
            var order = await LoadAsync(db, actor, orderId, ct);
            var steps = services.GetRequiredService<OrderStepContext>();
            services.GetRequiredService<ExecutionScope>().Actor = actor;
            steps.Change(order, step, o => change(o, steps.Now));
            return order.ToView();
        }, cancellationToken);

    private static async Task<Order> LoadAsync(WorkflowDmsDbContext db, Actor actor, Guid orderId, CancellationToken ct)
    {
        var order = await db.Orders.Include(o => o.Lines).FirstOrDefaultAsync(o => o.Id == orderId, ct);
        return order is not null && actor.CanSee(order.OrgPath) ? order : throw new NotFoundException("order", orderId.ToString());
    }

    private static DateTime OrderDate(OrderRequest request, DateTime now) =>
        request.OrderDate is { } day ? day.ToDateTime(TimeOnly.MinValue, DateTimeKind.Utc) : now.Date;

    private static void EnsureMayEnter(Actor actor, OrderType type)
    {
        if (actor.Kind == ActorKind.User && !actor.IsInGroup(type == OrderType.Vehicle ? OrderGroups.SalesManagers : OrderGroups.PartsManagers))
        {
            throw new BusinessRuleException("not-authorised", $"Entering {OrderViews.TypeName(type)} orders for a dealer needs the {(type == OrderType.Vehicle ? OrderGroups.SalesManagers : OrderGroups.PartsManagers)} role.");
        }
    }

    private static void EnsureMayManage(Actor actor)
    {
        if (actor.Kind != ActorKind.User || !OrderGroups.MayManageOrders(actor))
        {
            throw new BusinessRuleException("not-authorised", "Accepting, shipping and closing orders needs the sales-managers or parts-managers role.");
        }
    }

    /// <summary>The dealer an order is booked to: the calling dealer or one in the caller's subtree (O-21).</summary>
    private static async Task<Dealer> OrderingDealerAsync(WorkflowDmsDbContext db, Actor actor, string? dealerCode, CancellationToken ct)
    {
        if (string.IsNullOrWhiteSpace(dealerCode) && actor.DealerId is null)
        {
            throw new RequestBodyException(400, "Invalid order", "dealerCode is required when staff enter an order.", "dealerCode");
        }

        var dealer = string.IsNullOrWhiteSpace(dealerCode)
            ? await db.Dealers.SingleOrDefaultAsync(d => d.Id == actor.DealerId, ct)
            : await db.Dealers.SingleOrDefaultAsync(d => d.Code == dealerCode.Trim(), ct);
        if (dealer is null || !actor.CanSee(dealer.OrgPath))
        {
            throw new RequestBodyException(422, "Unknown dealer", $"dealerCode '{dealerCode}' is unknown or outside your scope.", "dealerCode");
        }

        return dealer;
    }
}
