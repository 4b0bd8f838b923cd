using Microsoft.EntityFrameworkCore;
using WorkflowDms.Engine.Ports;

namespace WorkflowDms.Application.Orders.Steps;

/// <summary>
/// The approval was not decided within its due time (timer <c>approvalOverdue</c>): the decision goes to the next
/// delegation-of-authority level up, i.e. the next row (same order type, higher limit that still covers the order)
/// above the row <c>order.route-approval</c> chose (<c>approverLevel</c>), e.g. vehicles from
/// <c>sales-managers@Branch</c> to <c>sales-managers@HQ</c>. Its approvers are the group's members at the row's org
/// level who see the order, never its creator or submitter (O-16/O-17) and never the approvers it is escalated
/// from. With no row above (already the top of the matrix, e.g. vehicles at <c>sales-managers@HQ</c>), the escalated
/// task goes to the same approvers again: there is nobody higher to decide.
/// </summary>
internal sealed class EscalateOrderApprovalHandler(OrderStepContext steps) : IServiceTaskHandler
{
    public string Key => OrderHandlerKeys.EscalateApproval;

    public IReadOnlyDictionary<string, object?> Execute(ServiceTaskContext context)
    {
        var order = steps.Load(context);
        var previousLevel = OrderStepContext.Text(context, "approverLevel");
        var previousUsers = (OrderStepContext.Text(context, "approverUsers") ?? "").Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        var db = steps.Db;
        var rows = db.ApprovalAuthorities.AsNoTracking().Where(a => a.OrderType == order.Type && a.MaxAmountMinor >= order.TotalMinor)
            .OrderBy(a => a.MaxAmountMinor).ToList();
        var current = rows.FindIndex(r => $"{r.Group}@{r.OrgLevel}" == previousLevel);
        foreach (var row in rows.Skip(current + 1))
        {
            var users = (from user in db.Users
                         join userRole in db.UserRoles on user.Id equals userRole.UserId
                         join role in db.Roles on userRole.RoleId equals role.Id
                         join node in db.OrgNodes on user.OrgNodeId equals node.Id
                         where role.Name == row.Group && node.Kind == row.OrgLevel
                         select new { user.Id, user.OrgPath }).ToList();
            var approvers = users.Where(u => order.OrgPath.StartsWith(u.OrgPath, StringComparison.Ordinal)
                    && u.Id != order.CreatedBy && u.Id != order.SubmittedBy && !previousUsers.Contains(u.Id))
                .Select(u => u.Id).Distinct().ToList();
            if (approvers.Count > 0)
            {
                return new Dictionary<string, object?>
                {
                    ["escalatedApproverUsers"] = string.Join(',', approvers),
                    ["escalatedApproverLevel"] = $"{row.Group}@{row.OrgLevel}",
                };
            }
        }

        return new Dictionary<string, object?>
        {
            ["escalatedApproverUsers"] = string.Join(',', previousUsers),
            ["escalatedApproverLevel"] = previousLevel,
        };
    }
}
