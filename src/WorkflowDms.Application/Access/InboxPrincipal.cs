using WorkflowDms.Domain.Access;
using WorkflowDms.Domain.Tasks;

namespace WorkflowDms.Application.Access;

/// <summary>
/// Someone whose tasks reach an inbox: the caller, or a user the caller covers for (out-of-office). A task is
/// theirs when they hold it, are named as a candidate within their home scope, or hold a grant (group g, path
/// p) with g among the task's candidate groups and the task's org path under p.
/// </summary>
public sealed record InboxPrincipal(string UserId, string HomePath, IReadOnlyList<AccessGrant> Grants, bool IsSubstitution)
{
    public bool Reaches(WorkTask task)
    {
        ArgumentNullException.ThrowIfNull(task);
        if (string.Equals(task.Assignee, UserId, StringComparison.Ordinal))
        {
            return true;
        }

        var userEntry = WorkTaskCandidate.ForUser(UserId);
        return task.Candidates.Any(c =>
            (c.GroupName == userEntry && task.OrgPath.StartsWith(HomePath, StringComparison.Ordinal))
            || Grants.Any(g => g.Covers(c.GroupName, task.OrgPath)));
    }
}
