using System.Linq.Expressions;
using Microsoft.EntityFrameworkCore;
using WorkflowDms.Application.Security;
using WorkflowDms.Domain.Tasks;
using WorkflowDms.Persistence;

namespace WorkflowDms.Application.Access;

/// <summary>
/// Who an inbox serves (the caller and the users the caller covers for right now) and the SQL filter over
/// the candidate index that finds their open tasks: one (GroupName = g AND OrgPath LIKE 'p%') term per grant.
/// </summary>
public static class InboxScope
{
    public static async Task<IReadOnlyList<InboxPrincipal>> PrincipalsAsync(WorkflowDmsDbContext db, Actor actor, DateTime now, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(db);
        ArgumentNullException.ThrowIfNull(actor);
        var principals = new List<InboxPrincipal> { new(actor.Id, actor.OrgPath, actor.Grants, IsSubstitution: false) };
        if (actor.Kind != ActorKind.User)
        {
            return principals;
        }

        var absent = await (
            from s in db.Substitutions.AsNoTracking()
            join u in db.Users.AsNoTracking() on s.AbsentUserId equals u.Id
            where s.SubstituteUserId == actor.Id && s.CancelledAt == null && s.StartsAt <= now && s.EndsAt > now
            select new { u.Id, u.OrgPath }).Distinct().ToListAsync(cancellationToken);
        foreach (var user in absent)
        {
            // The substitute sees the absent user's tasks only inside the substitute's own scope.
            if (actor.CanSee(user.OrgPath))
            {
                var grants = await AccessGrants.ForUserAsync(db, user.Id, user.OrgPath, cancellationToken);
                principals.Add(new InboxPrincipal(user.Id, user.OrgPath, grants, IsSubstitution: true));
            }
        }

        return principals;
    }

    /// <summary>Open candidate rows any principal may pick up, always within the caller's own subtree.</summary>
    public static Expression<Func<WorkTaskCandidate, bool>> OpenCandidatesFor(IEnumerable<InboxPrincipal> principals, string callerPath)
    {
        ArgumentNullException.ThrowIfNull(principals);
        Expression<Func<WorkTaskCandidate, bool>>? any = null;
        foreach (var principal in principals)
        {
            any = Or(any, Term(WorkTaskCandidate.ForUser(principal.UserId), principal.HomePath));
            foreach (var grant in principal.Grants)
            {
                any = Or(any, Term(grant.Group, grant.OrgPath));
            }
        }

        var scope = callerPath;
        Expression<Func<WorkTaskCandidate, bool>> inScope = c => c.IsOpen && c.OrgPath.StartsWith(scope);
        return any is null ? c => false : And(inScope, any);
    }

    private static Expression<Func<WorkTaskCandidate, bool>> Term(string group, string path) =>
        c => c.GroupName == group && c.OrgPath.StartsWith(path);

    private static Expression<Func<WorkTaskCandidate, bool>> Or(Expression<Func<WorkTaskCandidate, bool>>? left, Expression<Func<WorkTaskCandidate, bool>> right) =>
        left is null ? right : Combine(left, right, Expression.OrElse);

    private static Expression<Func<WorkTaskCandidate, bool>> And(Expression<Func<WorkTaskCandidate, bool>> left, Expression<Func<WorkTaskCandidate, bool>> right) =>
        Combine(left, right, Expression.AndAlso);

    private static Expression<Func<WorkTaskCandidate, bool>> Combine(
        Expression<Func<WorkTaskCandidate, bool>> left, Expression<Func<WorkTaskCandidate, bool>> right, Func<Expression, Expression, BinaryExpression> join)
    {
        var parameter = left.Parameters[0];
        var body = new Rebind(right.Parameters[0], parameter).Visit(right.Body);
        return Expression.Lambda<Func<WorkTaskCandidate, bool>>(join(left.Body, body), parameter);
    }

    private sealed class Rebind(ParameterExpression from, ParameterExpression to) : ExpressionVisitor
    {
        protected override Expression VisitParameter(ParameterExpression node) => node == from ? to : base.VisitParameter(node);
    }
}
