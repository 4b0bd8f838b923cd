using Microsoft.EntityFrameworkCore;
using WorkflowDms.Application.Security;
using WorkflowDms.Domain.Auditing;
using WorkflowDms.Domain.Dealers;
using WorkflowDms.Domain.Errors;
using WorkflowDms.Domain.Organisation;

namespace WorkflowDms.Application.Admin;

/// <summary>Dealers, their activation and their API keys.</summary>
public sealed partial class AdminService
{
    public async Task<IReadOnlyList<DealerView>> ListDealersAsync(Actor actor, CancellationToken cancellationToken)
    {
        var dealers = await reads.Dealers.AsNoTracking().Where(d => d.OrgPath.StartsWith(actor.OrgPath)).OrderBy(d => d.OrgPath).ToListAsync(cancellationToken);
        return [.. dealers.Where(d => AdminVisible(actor, d.OrgPath)).Select(d => d.ToView())];
    }

    public async Task<DealerView> GetDealerAsync(Actor actor, Guid id, CancellationToken cancellationToken) =>
        (await VisibleDealerAsync(actor, id, cancellationToken)).ToView();

    public Task<DealerView> CreateDealerAsync(Actor actor, CreateDealerRequest request, CancellationToken cancellationToken)
    {
        AdminRequestValidators.Validate(AdminRequestValidators.CreateDealer, request);
        return runner.RunAsync(async (services, db, ct) =>
        {
            var parent = await LoadNodeForChangeAsync(db, actor, request.ParentId!.Value, "parentId", ct);
            var code = request.Code!.Trim();
            await EnsureCodeFreeAsync(db, code, ct);
            var kind = request.Kind == "service-station" ? OrgNodeKind.ServiceStation : OrgNodeKind.Dealer;
            var node = OrgNode.CreateUnder(Guid.NewGuid(), code, request.Name!.Trim(), kind, parent, request.Tier);
            var terms = new DealerWarrantyTerms(
                request.AuthorizedForWarranty ?? true,
                ToMinor(request.WarrantyLaborRate!.Value),
                request.ClaimWindowDays!.Value,
                ToMinor(request.AutoApprovalLimit!.Value),
                ToMinor(request.PreAuthorizationThreshold!.Value));
            var dealer = Dealer.Create(Guid.NewGuid(), node.Name, node, request.Currency!, terms);
            db.OrgNodes.Add(node);
            db.Dealers.Add(dealer);
            await Audit(services).AppendAsync(actor, AuditAction.DealerChanged, $"dealer:{dealer.Id}", dealer.OrgPath,
                new { change = "created", dealer.Code, dealer.Name, dealer.Tier, kind = AdminViews.ToApiKind(kind), parent = parent.Code, dealer.Currency }, ct);
            return dealer.ToView();
        }, cancellationToken);
    }

    public async Task<DealerView> SetDealerActiveAsync(Actor actor, Guid id, bool active, CancellationToken cancellationToken)
    {
        var view = await RunDealerChangeAsync(actor, id, async (services, db, dealer, ct) =>
        {
            if (dealer.Active == active)
            {
                return dealer.ToView();
            }

            if (active)
            {
                dealer.Activate();
            }
            else
            {
                dealer.Deactivate();
            }

            await Audit(services).AppendAsync(actor, AuditAction.DealerChanged, $"dealer:{dealer.Id}", dealer.OrgPath,
                new { change = active ? "activated" : "deactivated", dealer.Code }, ct);
            return dealer.ToView();
        }, cancellationToken);

        // After the commit: the next request of the dealer's keys sees the new status.
        dealerStatus.Invalidate();
        return view;
    }

    public async Task<IReadOnlyList<ApiKeyView>> ListKeysAsync(Actor actor, Guid dealerId, CancellationToken cancellationToken)
    {
        await VisibleDealerAsync(actor, dealerId, cancellationToken);
        var list = await reads.ApiKeys.AsNoTracking().Where(k => k.DealerId == dealerId).OrderBy(k => k.CreatedAt).ToListAsync(cancellationToken);
        return [.. list.Select(k => k.ToView())];
    }

    public Task<IssuedApiKeyView> IssueKeyAsync(Actor actor, Guid dealerId, IssueApiKeyRequest request, CancellationToken cancellationToken)
    {
        AdminRequestValidators.Validate(AdminRequestValidators.IssueKey, request);
        return RunDealerChangeAsync(actor, dealerId, async (services, db, dealer, ct) =>
        {
            var plain = ApiKeyHasher.NewKey();
            var key = ApiKey.Issue(Guid.NewGuid(), dealer.Id, plain, request.Label!.Trim(), clock.GetUtcNow().UtcDateTime);
            db.ApiKeys.Add(key);
            await Audit(services).AppendAsync(actor, AuditAction.ApiKeyIssued, $"dealer:{dealer.Id}", dealer.OrgPath,
                new { dealer.Code, keyId = key.Id, key.Label }, ct);
            return new IssuedApiKeyView(key.ToView(), plain);
        }, cancellationToken);
    }

    public async Task<ApiKeyView> RevokeKeyAsync(Actor actor, Guid dealerId, Guid keyId, CancellationToken cancellationToken)
    {
        var view = await RunDealerChangeAsync(actor, dealerId, async (services, db, dealer, ct) =>
        {
            var key = await db.ApiKeys.FirstOrDefaultAsync(k => k.Id == keyId && k.DealerId == dealer.Id, ct)
                ?? throw new NotFoundException("api key", keyId.ToString());
            if (key.IsActive)
            {
                key.Revoke(clock.GetUtcNow().UtcDateTime);
                await Audit(services).AppendAsync(actor, AuditAction.ApiKeyRevoked, $"dealer:{dealer.Id}", dealer.OrgPath,
                    new { dealer.Code, keyId = key.Id, key.Label }, ct);
            }

            return key.ToView();
        }, cancellationToken);

        // After the commit, so a request racing the revocation cannot re-cache the still-valid key.
        keys.Invalidate();
        return view;
    }

    private async Task<Dealer> VisibleDealerAsync(Actor actor, Guid id, CancellationToken cancellationToken)
    {
        var dealer = await reads.Dealers.AsNoTracking().FirstOrDefaultAsync(d => d.Id == id, cancellationToken) ?? throw new NotFoundException("dealer", id.ToString());
        AdminAccess.EnsureVisible(actor, dealer.OrgPath, "dealer", id);
        return dealer;
    }

    private Task<T> RunDealerChangeAsync<T>(
        Actor actor, Guid id, Func<IServiceProvider, Persistence.WorkflowDmsDbContext, Dealer, CancellationToken, Task<T>> change, CancellationToken cancellationToken) =>
        runner.RunAsync(async (services, db, ct) =>
        {
            var dealer = await db.Dealers.FirstOrDefaultAsync(d => d.Id == id, ct) ?? throw new NotFoundException("dealer", id.ToString());
            AdminAccess.EnsureCanChange(actor, dealer.OrgPath, "dealer", id);
            return await change(services, db, dealer, ct);
        }, cancellationToken);

    private static long ToMinor(decimal major) => decimal.ToInt64(decimal.Round(major * 100m, 0, MidpointRounding.ToEven));
}
