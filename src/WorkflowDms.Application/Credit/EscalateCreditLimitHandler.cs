using WorkflowDms.Application.Orders;
using WorkflowDms.Application.Security;
using WorkflowDms.Domain.Organisation;
using WorkflowDms.Engine.Ports;

namespace WorkflowDms.Application.Credit;

/// <summary>
/// The credit-limit request was not decided within its due time (timer <c>limitDecisionOverdue</c>): it stays
/// submitted and goes to the next level up. While regional credit managers were among the approvers, that is the HQ
/// credit managers; when the approvers already were all the HQ credit managers, the HQ admins. Never the requester
/// (four-eyes, C-15). With nobody above, the same approvers get it again. This step records why the first task
/// disappeared and to whom the request went.
/// </summary>
internal sealed class EscalateCreditLimitHandler(CreditLimitSteps steps) : IServiceTaskHandler
{
    public string Key => CreditKeys.EscalateTopic;

    public IReadOnlyDictionary<string, object?> Execute(ServiceTaskContext context)
    {
        var (request, _) = steps.Load(context);
        var previous = (CreditLimitSteps.Text(context, "approverUsers") ?? "").Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        var (group, deciders) = NextLevel(request.RequestedBy, previous);
        steps.AuditStep(request, "escalate", "decision overdue", group);
        return new Dictionary<string, object?> { ["escalatedApproverUsers"] = string.Join(',', deciders) };
    }

    private (string Group, IReadOnlyList<string> Users) NextLevel(string requester, string[] previous)
    {
        var managers = HqMembers(OrderGroups.CreditManagers, requester);
        if (managers.Count > 0 && !previous.All(managers.Contains))
        {
            return (OrderGroups.CreditManagers, managers);
        }

        var admins = HqMembers(Groups.Admins, requester);
        return admins.Count > 0 ? (Groups.Admins, admins) : (OrderGroups.CreditManagers, previous);
    }

    /// <summary>Members of <paramref name="groupName"/> working at HQ (they see every dealer), except the requester.</summary>
    private List<string> HqMembers(string groupName, string requester)
    {
        var db = steps.Db;
        return (from user in db.Users
                join userRole in db.UserRoles on user.Id equals userRole.UserId
                join role in db.Roles on userRole.RoleId equals role.Id
                join node in db.OrgNodes on user.OrgNodeId equals node.Id
                where role.Name == groupName && node.Kind == OrgNodeKind.Headquarters && user.Id != requester
                select user.Id).Distinct().OrderBy(id => id).ToList();
    }
}
