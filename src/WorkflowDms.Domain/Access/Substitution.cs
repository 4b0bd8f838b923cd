using WorkflowDms.Domain.Errors;
using WorkflowDms.Domain.Organisation;

namespace WorkflowDms.Domain.Access;

/// <summary>
/// Out-of-office cover: while <see cref="AbsentUserId"/> is away (from <see cref="StartsAt"/> until
/// <see cref="EndsAt"/>), the tasks the absent user holds or could pick up also reach the substitute's inbox.
/// The substitute must sit at or above the absent user's node, so cover never shows a task outside the
/// substitute's own scope.
/// </summary>
public class Substitution
{
    private Substitution()
    {
        AbsentUserId = "";
        SubstituteUserId = "";
        OrgPath = "";
        CreatedBy = "";
    }

    public Guid Id { get; private set; }

    public string AbsentUserId { get; private set; }

    public string SubstituteUserId { get; private set; }

    /// <summary>The absent user's home path: who may see and cancel this cover.</summary>
    public string OrgPath { get; private set; }

    public DateTime StartsAt { get; private set; }

    public DateTime EndsAt { get; private set; }

    public DateTime CreatedAt { get; private set; }

    public string CreatedBy { get; private set; }

    public DateTime? CancelledAt { get; private set; }

    public static Substitution Create(
        Guid id, string absentUserId, string absentHomePath, string substituteUserId, string substituteHomePath,
        DateTime startsAt, DateTime endsAt, string createdBy, DateTime now)
    {
        if (string.Equals(absentUserId, substituteUserId, StringComparison.Ordinal))
        {
            throw new BusinessRuleException("substitute-is-absent-user", "A user cannot substitute for themselves.");
        }

        if (endsAt <= startsAt)
        {
            throw new BusinessRuleException("invalid-substitution-period", "The substitution must end after it starts.");
        }

        if (endsAt <= now)
        {
            throw new BusinessRuleException("substitution-in-the-past", "The substitution period is already over.");
        }

        if (!new OrgScope(substituteHomePath).Contains(absentHomePath))
        {
            throw new BusinessRuleException("substitute-outside-scope", "The substitute must work at or above the absent user's org node.");
        }

        return new Substitution
        {
            Id = id,
            AbsentUserId = absentUserId,
            SubstituteUserId = substituteUserId,
            OrgPath = absentHomePath,
            StartsAt = startsAt,
            EndsAt = endsAt,
            CreatedAt = now,
            CreatedBy = createdBy,
        };
    }

    public bool IsActiveAt(DateTime now) => CancelledAt is null && StartsAt <= now && now < EndsAt;

    /// <summary>Ends the cover now; cancelling twice keeps the first time.</summary>
    public void Cancel(DateTime now) => CancelledAt ??= now;
}
