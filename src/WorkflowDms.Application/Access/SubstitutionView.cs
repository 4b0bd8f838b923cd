namespace WorkflowDms.Application.Access;

/// <summary>One out-of-office cover and whether it is in force now.</summary>
public sealed record SubstitutionView(
    Guid Id, string AbsentUserId, string AbsentEmail, string SubstituteUserId, string SubstituteEmail,
    DateTime StartsAt, DateTime EndsAt, DateTime? CancelledAt, bool ActiveNow);
