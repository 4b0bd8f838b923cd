namespace WorkflowDms.Application.Auditing;

/// <summary>
/// Filters of GET /audit, all optional and combined with AND: a time window [From, To), the actor's name
/// (e-mail, dealer code or "system"), the action, the subject (e.g. <c>claim:{id}</c>); keyset paging after the
/// last seen sequence number.
/// </summary>
public sealed record AuditQuery(DateTime? From, DateTime? To, string? Actor, string? Action, string? Subject, long? After, int Limit);
