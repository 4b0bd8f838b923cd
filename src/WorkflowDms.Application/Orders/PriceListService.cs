using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using WorkflowDms.Application.Auditing;
using WorkflowDms.Application.Common;
using WorkflowDms.Application.Security;
using WorkflowDms.Domain.Auditing;
using WorkflowDms.Domain.Errors;
using WorkflowDms.Domain.Orders;
using WorkflowDms.Persistence;

namespace WorkflowDms.Application.Orders;

public sealed record PriceView(Guid Id, string OrderType, string ItemCode, string Description, decimal UnitPrice, string Currency, DateOnly EffectiveFrom, DateOnly? EffectiveTo, int MinOrderQuantity, decimal MaxDiscountPercent);

public sealed record PriceRequest
{
    public string? OrderType { get; init; }

    public string? ItemCode { get; init; }

    public string? Description { get; init; }

    public decimal UnitPrice { get; init; }

    public string? Currency { get; init; }

    public DateOnly? EffectiveFrom { get; init; }

    public DateOnly? EffectiveTo { get; init; }

    public int MinOrderQuantity { get; init; } = 1;

    public decimal MaxDiscountPercent { get; init; }
}

/// <summary>The catalogue price list with validity periods (O-13): everyone reads it; sales and parts managers at HQ maintain it.</summary>
public sealed class PriceListService(CommandRunner runner, WorkflowDmsDbContext reads)
{
    public async Task<IReadOnlyList<PriceView>> ListAsync(string? itemCode, DateOnly? validOn, CancellationToken cancellationToken)
    {
        var query = reads.PriceListEntries.AsNoTracking();
        if (!string.IsNullOrWhiteSpace(itemCode))
        {
            query = query.Where(p => p.ItemCode == itemCode.Trim());
        }

        var entries = await query.OrderBy(p => p.ItemCode).ThenBy(p => p.EffectiveFrom).ToListAsync(cancellationToken);
        if (validOn is { } day)
        {
            entries = entries.Where(p => p.IsValidOn(day.ToDateTime(TimeOnly.MinValue, DateTimeKind.Utc))).ToList();
        }

        return entries.Select(ToView).ToList();
    }

    public Task<PriceView> AddAsync(Actor actor, PriceRequest request, CancellationToken cancellationToken)
    {
        if (actor.Kind != ActorKind.User || !actor.OrgPath.Equals("/HQ/", StringComparison.Ordinal) || !OrderGroups.MayManageOrders(actor))
        {
            throw new BusinessRuleException("not-authorised", "The price list is maintained by sales or parts managers at HQ.");
        }

        if (request.OrderType is not ("vehicle" or "parts"))
        {
            throw new RequestBodyException(400, "Invalid price", "orderType must be 'vehicle' or 'parts'.", "orderType");
        }

        if (string.IsNullOrWhiteSpace(request.ItemCode) || request.ItemCode.Length > 32)
        {
            throw new RequestBodyException(400, "Invalid price", "itemCode is required (at most 32 characters).", "itemCode");
        }

        if (request.EffectiveFrom is null)
        {
            throw new RequestBodyException(400, "Invalid price", "effectiveFrom is required.", "effectiveFrom");
        }

        if (request.UnitPrice < 0 || decimal.Round(request.UnitPrice, 2) != request.UnitPrice)
        {
            throw new RequestBodyException(400, "Invalid price", "unitPrice must be 0 or more with at most 2 decimals.", "unitPrice");
        }

        return runner.RunAsync(async (services, db, ct) =>
        {
            var type = request.OrderType == "vehicle" ? OrderType.Vehicle : OrderType.Parts;
            var from = request.EffectiveFrom.Value.ToDateTime(TimeOnly.MinValue, DateTimeKind.Utc);
            var to = request.EffectiveTo?.ToDateTime(TimeOnly.MinValue, DateTimeKind.Utc);
            var code = request.ItemCode.Trim();
            var overlapping = await db.PriceListEntries.Where(p => p.ItemCode == code).ToListAsync(ct);
            if (overlapping.Exists(p => p.EffectiveFrom <= (to ?? DateTime.MaxValue) && from <= (p.EffectiveTo ?? DateTime.MaxValue)))
            {
                throw new BusinessRuleException("overlapping-price", $"'{code}' already has a price valid in part of that period.");
            }

            var entry = PriceListEntry.Create(Guid.NewGuid(), type, code, request.Description?.Trim() ?? code, OrderViews.Minor(request.UnitPrice), request.Currency ?? "CNY", from, to, request.MinOrderQuantity, request.MaxDiscountPercent);
            db.PriceListEntries.Add(entry);
            await services.GetRequiredService<AuditTrail>().AppendAsync(actor, AuditAction.CaseCreated, $"price:{entry.Id}", actor.OrgPath,
                new { caseType = "price", entry.ItemCode, unitPrice = request.UnitPrice, from = request.EffectiveFrom, to = request.EffectiveTo }, ct);
            return ToView(entry);
        }, cancellationToken);
    }

    private static PriceView ToView(PriceListEntry p) => new(
        p.Id, OrderViews.TypeName(p.OrderType), p.ItemCode, p.Description, p.UnitPriceMinor / 100m, p.Currency, DateOnly.FromDateTime(p.EffectiveFrom),
        p.EffectiveTo is { } to ? DateOnly.FromDateTime(to) : null, p.MinOrderQuantity, p.MaxDiscountPercent);
}
