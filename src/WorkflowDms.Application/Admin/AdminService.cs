using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using WorkflowDms.Application.Auditing;
using WorkflowDms.Application.Common;
using WorkflowDms.Application.Dealers;
using WorkflowDms.Application.Security;
using WorkflowDms.Domain.Auditing;
using WorkflowDms.Domain.Errors;
using WorkflowDms.Domain.Organisation;
using WorkflowDms.Persistence;

namespace WorkflowDms.Application.Admin;

/// <summary>
/// The organisation as data: org nodes, dealers with their contracts and API keys, staff users and their role
/// assignments. Every read is limited to the caller's subtree (outside → 404), every change needs the admins
/// role at or above the object, runs as one command and is audited. Split by concern in <c>AdminService.*.cs</c>.
/// </summary>
public sealed partial class AdminService(
    CommandRunner runner,
    WorkflowDmsDbContext reads,
    DealerKeyDirectory keys,
    DealerStatusDirectory dealerStatus,
    TimeProvider clock)
{
    public async Task<IReadOnlyList<OrgNodeView>> ListNodesAsync(Actor actor, CancellationToken cancellationToken)
    {
        var nodes = await reads.OrgNodes.AsNoTracking().Where(n => n.Path.StartsWith(actor.OrgPath)).OrderBy(n => n.Path).ToListAsync(cancellationToken);
        return [.. nodes.Where(n => AdminVisible(actor, n.Path)).Select(n => n.ToView())];
    }

    public async Task<OrgNodeView> GetNodeAsync(Actor actor, Guid id, CancellationToken cancellationToken)
    {
        var node = await reads.OrgNodes.AsNoTracking().FirstOrDefaultAsync(n => n.Id == id, cancellationToken) ?? throw new NotFoundException("org node", id.ToString());
        AdminAccess.EnsureVisible(actor, node.Path, "org node", id);
        return node.ToView();
    }

    public Task<OrgNodeView> CreateNodeAsync(Actor actor, CreateOrgNodeRequest request, CancellationToken cancellationToken)
    {
        AdminRequestValidators.Validate(AdminRequestValidators.CreateNode, request);
        return runner.RunAsync(async (services, db, ct) =>
        {
            var parent = await LoadNodeForChangeAsync(db, actor, request.ParentId!.Value, "parentId", ct);
            var code = request.Code!.Trim();
            await EnsureCodeFreeAsync(db, code, ct);
            var kind = request.Kind == "region" ? OrgNodeKind.Region : OrgNodeKind.Branch;
            var node = OrgNode.CreateUnder(Guid.NewGuid(), code, request.Name!.Trim(), kind, parent);
            db.OrgNodes.Add(node);
            await Audit(services).AppendAsync(actor, AuditAction.OrgNodeChanged, $"org-node:{node.Id}", node.Path,
                new { change = "created", node.Code, node.Name, kind = AdminViews.ToApiKind(node.Kind), parent = parent.Code }, ct);
            return node.ToView();
        }, cancellationToken);
    }

    public Task<OrgNodeView> RenameNodeAsync(Actor actor, Guid id, RenameOrgNodeRequest request, CancellationToken cancellationToken)
    {
        AdminRequestValidators.Validate(AdminRequestValidators.Rename, request);
        return runner.RunAsync(async (services, db, ct) =>
        {
            var node = await db.OrgNodes.FirstOrDefaultAsync(n => n.Id == id, ct) ?? throw new NotFoundException("org node", id.ToString());
            AdminAccess.EnsureCanChange(actor, node.Path, "org node", id);
            var before = node.Name;
            node.Rename(request.Name!);
            var dealer = await db.Dealers.FirstOrDefaultAsync(d => d.OrgNodeId == node.Id, ct);
            await Audit(services).AppendAsync(actor, AuditAction.OrgNodeChanged, $"org-node:{node.Id}", node.Path,
                new { change = "renamed", node.Code, from = before, to = node.Name, dealer = dealer?.Code }, ct);
            return node.ToView();
        }, cancellationToken);
    }

    private static bool AdminVisible(Actor actor, string path) => actor.Holds(Groups.Admins, path) || actor.Holds(Groups.Auditors, path);

    private static AuditTrail Audit(IServiceProvider services) => services.GetRequiredService<AuditTrail>();

    /// <summary>A node the caller may change, named by a request field: outside the scope it is "not found" like an unknown id.</summary>
    private static async Task<OrgNode> LoadNodeForChangeAsync(WorkflowDmsDbContext db, Actor actor, Guid id, string field, CancellationToken ct)
    {
        var node = await db.OrgNodes.FirstOrDefaultAsync(n => n.Id == id, ct);
        if (node is null || !actor.CanSee(node.Path))
        {
            throw new BusinessRuleException("unknown-org-node", $"{field}: org node '{id}' was not found.");
        }

        AdminAccess.EnsureCanChange(actor, node.Path, "org node", id);
        return node;
    }

    private static async Task EnsureCodeFreeAsync(WorkflowDmsDbContext db, string code, CancellationToken ct)
    {
        if (await db.OrgNodes.AnyAsync(n => n.Code == code, ct))
        {
            throw new ConflictException("org-code-taken", $"code: org code '{code}' is already in use.");
        }
    }
}
