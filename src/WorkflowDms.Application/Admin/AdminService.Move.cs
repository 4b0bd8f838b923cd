using Microsoft.EntityFrameworkCore;
using WorkflowDms.Application.Security;
using WorkflowDms.Domain.Auditing;
using WorkflowDms.Domain.Errors;
using WorkflowDms.Domain.Organisation;

namespace WorkflowDms.Application.Admin;

/// <summary>
/// Moving a node with its subtree (a dealer to another branch, a branch to another region): the placement rules of
/// creation apply, and every stored org path below the node is rewritten in the same transaction as the move and
/// its audit entry, so from the commit on every scoped read — cases, tasks, accounts, exports, statistics,
/// webhooks, grants — sees the subtree at its new place and nowhere else.
/// </summary>
public sealed partial class AdminService
{
    public async Task<OrgNodeView> MoveNodeAsync(Actor actor, Guid id, MoveOrgNodeRequest request, CancellationToken cancellationToken)
    {
        AdminRequestValidators.Validate(AdminRequestValidators.Move, request);
        var view = await runner.RunAsync(async (services, db, ct) =>
        {
            var node = await db.OrgNodes.FirstOrDefaultAsync(n => n.Id == id, ct) ?? throw new NotFoundException("org node", id.ToString());
            AdminAccess.EnsureCanChange(actor, node.Path, "org node", id);
            var parent = await LoadNodeForChangeAsync(db, actor, request.ParentId!.Value, "parentId", ct);
            if (node.ParentId == parent.Id && (request.Tier is null || request.Tier == node.Tier))
            {
                return node.ToView(); // already there: nothing to rewrite, nothing to audit
            }

            var oldParentId = node.ParentId;
            var from = node.MoveUnder(parent, request.Tier);
            var oldParent = await db.OrgNodes.AsNoTracking().FirstAsync(n => n.Id == oldParentId, ct);
            await EnsureSubDealersStayBelowAsync(db, node, ct);
            var rows = await OrgSubtreePaths.RewriteAsync(db, from, node.Path, ct);
            if (node.IsOutlet)
            {
                // The dealer's own copy of its tier (its path was rewritten above with every other one).
                await db.Dealers.Where(d => d.OrgNodeId == node.Id).ExecuteUpdateAsync(s => s.SetProperty(d => d.Tier, node.Tier!.Value), ct);
            }

            await Audit(services).AppendAsync(actor, AuditAction.OrgNodeChanged, $"org-node:{node.Id}", CommonAncestor(from, node.Path),
                new { change = "moved", node.Code, from, to = node.Path, fromParent = oldParent.Code, toParent = parent.Code, node.Tier, rows }, ct);
            return node.ToView();
        }, cancellationToken);

        // After the commit: a dealer key resolved before the move must not keep its old scope for the cache's lifetime.
        keys.Invalidate();
        return view;
    }

    /// <summary>A sub-dealer's tier stays above its parent's (a tier-1 dealer moved in as tier 2 cannot keep tier-2 children).</summary>
    private static async Task EnsureSubDealersStayBelowAsync(Persistence.WorkflowDmsDbContext db, OrgNode node, CancellationToken ct)
    {
        if (node.Tier is not { } tier)
        {
            return;
        }

        var child = await db.OrgNodes.AsNoTracking().Where(n => n.ParentId == node.Id && n.Tier <= tier).Select(n => n.Code).FirstOrDefaultAsync(ct);
        if (child is not null)
        {
            throw new BusinessRuleException("invalid-org-placement", $"tier: {node.Code} at tier {tier} would sit at or below its sub-dealer {child}; a sub-dealer's tier must stay higher than its parent's.");
        }
    }

    /// <summary>The deepest node above both paths: the move's audit entry is visible to whoever sees both ends.</summary>
    private static string CommonAncestor(string a, string b)
    {
        var common = 0;
        for (var i = 0; i < Math.Min(a.Length, b.Length) && a[i] == b[i]; i++)
        {
            if (a[i] == '/')
            {
                common = i + 1;
            }
        }

        return a[..common];
    }
}
