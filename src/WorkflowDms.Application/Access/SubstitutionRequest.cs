namespace WorkflowDms.Application.Access;

/// <summary>
/// Out-of-office cover: <see cref="SubstituteEmail"/> covers for the absent user from <see cref="StartsAt"/>
/// until <see cref="EndsAt"/> (UTC). The absent user is the caller unless an admin names
/// <see cref="AbsentEmail"/> (a user within the admin's scope).
/// </summary>
public sealed record SubstitutionRequest(string? SubstituteEmail, DateTime? StartsAt, DateTime? EndsAt, string? AbsentEmail = null);
