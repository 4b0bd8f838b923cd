using FluentValidation;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using WorkflowDms.Application.Auditing;
using WorkflowDms.Application.Common;
using WorkflowDms.Application.Security;
using WorkflowDms.Domain.Access;
using WorkflowDms.Domain.Auditing;
using WorkflowDms.Domain.Errors;
using WorkflowDms.Persistence;
using WorkflowDms.Persistence.Identity;

namespace WorkflowDms.Application.Access;

/// <summary>
/// Out-of-office substitution: a staff user (or an admin for a user in scope) names a substitute for a period;
/// while it runs, the absent user's tasks also reach the substitute's inbox (<see cref="InboxScope"/>). Every
/// change is audited as <see cref="AuditAction.SubstitutionChanged"/>.
/// </summary>
public sealed class SubstitutionService(CommandRunner runner, WorkflowDmsDbContext reads, TimeProvider clock)
{
    private static readonly InlineValidator<SubstitutionRequest> Validator = new()
    {
        v => v.RuleFor(r => r.SubstituteEmail).NotEmpty().EmailAddress(),
        v => v.RuleFor(r => r.StartsAt).NotNull(),
        v => v.RuleFor(r => r.EndsAt).NotNull(),
        v => v.RuleFor(r => r.AbsentEmail).EmailAddress().When(r => r.AbsentEmail is not null),
    };

    /// <summary>Covers where the caller is absent or substitute, plus (for admins) every cover in the admin's scope.</summary>
    public async Task<IReadOnlyList<SubstitutionView>> ListAsync(Actor actor, CancellationToken cancellationToken)
    {
        var query = reads.Substitutions.AsNoTracking()
            .Where(s => s.AbsentUserId == actor.Id || s.SubstituteUserId == actor.Id || s.OrgPath.StartsWith(actor.OrgPath));
        var list = await query.OrderByDescending(s => s.StartsAt).Take(500).ToListAsync(cancellationToken);
        var visible = list.Where(s => s.AbsentUserId == actor.Id || s.SubstituteUserId == actor.Id || actor.Holds(Groups.Admins, s.OrgPath)).ToList();
        return await ViewsAsync(reads, visible, cancellationToken);
    }

    public Task<SubstitutionView> CreateAsync(Actor actor, SubstitutionRequest request, CancellationToken cancellationToken)
    {
        Validator.ValidateAndThrow(request);
        return runner.RunAsync(async (services, db, ct) =>
        {
            var absent = request.AbsentEmail is null
                ? await db.Users.FirstOrDefaultAsync(u => u.Id == actor.Id, ct) ?? throw new UnauthorizedAccessException()
                : await FindInScopeAsync(db, actor, request.AbsentEmail, "absentEmail", ct);
            if (absent.Id != actor.Id && !actor.Holds(Groups.Admins, absent.OrgPath))
            {
                throw new BusinessRuleException("absentEmail", "absentEmail: only an admin may arrange cover for someone else.");
            }

            var substitute = await FindCoverAsync(db, absent, request.SubstituteEmail!, ct);
            var now = clock.GetUtcNow().UtcDateTime;
            var substitution = Substitution.Create(
                Guid.NewGuid(), absent.Id, absent.OrgPath, substitute.Id, substitute.OrgPath,
                DateTime.SpecifyKind(request.StartsAt!.Value.ToUniversalTime(), DateTimeKind.Utc),
                DateTime.SpecifyKind(request.EndsAt!.Value.ToUniversalTime(), DateTimeKind.Utc),
                actor.Name, now);
            db.Substitutions.Add(substitution);
            await services.GetRequiredService<AuditTrail>().AppendAsync(actor, AuditAction.SubstitutionChanged, $"substitution:{substitution.Id}", substitution.OrgPath,
                new { change = "created", absent = absent.Email, substitute = substitute.Email, substitution.StartsAt, substitution.EndsAt }, ct);
            return (await ViewsAsync(db, [substitution], ct))[0];
        }, cancellationToken);
    }

    public Task<SubstitutionView> CancelAsync(Actor actor, Guid id, CancellationToken cancellationToken) =>
        runner.RunAsync(async (services, db, ct) =>
        {
            var substitution = await db.Substitutions.FirstOrDefaultAsync(s => s.Id == id, ct);
            if (substitution is null || !actor.CanSee(substitution.OrgPath)
                || !(substitution.AbsentUserId == actor.Id || substitution.SubstituteUserId == actor.Id || actor.Holds(Groups.Admins, substitution.OrgPath)))
            {
                throw new NotFoundException("substitution", id.ToString());
            }

            if (substitution.CancelledAt is null)
            {
                substitution.Cancel(clock.GetUtcNow().UtcDateTime);
                await services.GetRequiredService<AuditTrail>().AppendAsync(actor, AuditAction.SubstitutionChanged, $"substitution:{substitution.Id}", substitution.OrgPath,
                    new { change = "cancelled", substitution.AbsentUserId, substitution.SubstituteUserId }, ct);
            }

            return (await ViewsAsync(db, [substitution], ct))[0];
        }, cancellationToken);

    /// <summary>A staff user in the caller's subtree by e-mail; anyone else is "not found" (named by the field).</summary>
    private static async Task<AppUser> FindInScopeAsync(WorkflowDmsDbContext db, Actor actor, string email, string field, CancellationToken ct)
    {
        var normalized = email.Trim().ToUpperInvariant();
        var user = await db.Users.FirstOrDefaultAsync(u => u.NormalizedEmail == normalized, ct);
        return user is not null && actor.CanSee(user.OrgPath)
            ? user
            : throw new BusinessRuleException("unknown-user", $"{field}: no staff user '{email}' in your scope.");
    }

    /// <summary>
    /// The substitute: any staff user at or above the absent user's node. Unknown e-mails and users who cannot
    /// cover get the same answer, so the route does not reveal who exists elsewhere in the tree.
    /// </summary>
    private static async Task<AppUser> FindCoverAsync(WorkflowDmsDbContext db, AppUser absent, string email, CancellationToken ct)
    {
        var normalized = email.Trim().ToUpperInvariant();
        var user = await db.Users.FirstOrDefaultAsync(u => u.NormalizedEmail == normalized, ct);
        return user is not null && absent.OrgPath.StartsWith(user.OrgPath, StringComparison.Ordinal) && user.Id != absent.Id
            ? user
            : throw new BusinessRuleException("unknown-substitute", $"substituteEmail: no staff user '{email}' at or above the absent user's org node.");
    }

    private async Task<List<SubstitutionView>> ViewsAsync(WorkflowDmsDbContext db, IReadOnlyList<Substitution> list, CancellationToken ct)
    {
        var ids = list.SelectMany(s => new[] { s.AbsentUserId, s.SubstituteUserId }).Distinct().ToList();
        var emails = await db.Users.AsNoTracking().Where(u => ids.Contains(u.Id)).ToDictionaryAsync(u => u.Id, u => u.Email ?? "", ct);
        var now = clock.GetUtcNow().UtcDateTime;
        return [.. list.Select(s => new SubstitutionView(
            s.Id, s.AbsentUserId, emails.GetValueOrDefault(s.AbsentUserId, ""), s.SubstituteUserId, emails.GetValueOrDefault(s.SubstituteUserId, ""),
            s.StartsAt, s.EndsAt, s.CancelledAt, s.IsActiveAt(now)))];
    }
}
