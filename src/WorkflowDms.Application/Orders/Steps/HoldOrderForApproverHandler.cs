using WorkflowDms.Application.Security;
using WorkflowDms.Domain.Organisation;
using WorkflowDms.Engine.Ports;
using WorkflowDms.Persistence;

namespace WorkflowDms.Application.Orders.Steps;

/// <summary>
/// The error boundary <c>noApprover</c> of <c>routeApproval</c> caught 'no-approver': no row of the
/// delegation-of-authority matrix has an eligible approver for the order (nobody at the level, or only its creator or
/// submitter — four-eyes, O-16/O-17). A valid order must never fail on that, so it waits on hold with reason
/// <see cref="ReasonCode"/> and a message the dealer can read, and the HQ sales managers (the order desk; HQ admins
/// when there is none) get the <c>resolveApprovalGap</c> task: route it again once the matrix or the staff are
/// fixed, or reject it. Nobody gets authority they do not have: the gap task cannot approve.
/// </summary>
internal sealed class HoldOrderForApproverHandler(OrderStepContext steps) : IServiceTaskHandler
{
    public const string ReasonCode = "NOA";

    public string Key => OrderHandlerKeys.ApprovalGap;

    public IReadOnlyDictionary<string, object?> Execute(ServiceTaskContext context)
    {
        var order = steps.Load(context);
        var deciders = HqMembers(steps.Db, OrderGroups.SalesManagers, order.CreatedBy, order.SubmittedBy);
        var group = OrderGroups.SalesManagers;
        if (deciders.Count == 0)
        {
            deciders = HqMembers(steps.Db, Groups.Admins, order.CreatedBy, order.SubmittedBy);
            group = Groups.Admins;
        }

        var message = $"No approver of the delegation-of-authority matrix may decide this {OrderViews.Money(order.TotalMinor)} {order.Currency} order; "
            + "it waits for HQ to route it again or reject it. You may adjust or cancel it meanwhile.";
        steps.Change(order, "hold-no-approver", o => o.HoldForApprover(ReasonCode, message, steps.Now), new { resolvers = group, count = deciders.Count });
        return new Dictionary<string, object?> { ["approvalGapUsers"] = string.Join(',', deciders) };
    }

    /// <summary>Members of <paramref name="groupName"/> working at HQ, except the order's creator and submitter.</summary>
    internal static List<string> HqMembers(WorkflowDmsDbContext db, string groupName, string creator, string? submitter) =>
        (from user in db.Users
         join userRole in db.UserRoles on user.Id equals userRole.UserId
         join role in db.Roles on userRole.RoleId equals role.Id
         join node in db.OrgNodes on user.OrgNodeId equals node.Id
         where role.Name == groupName && node.Kind == OrgNodeKind.Headquarters && user.Id != creator && user.Id != submitter
         select user.Id).Distinct().OrderBy(id => id).ToList();
}
