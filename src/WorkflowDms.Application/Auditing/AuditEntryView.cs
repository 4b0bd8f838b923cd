namespace WorkflowDms.Application.Auditing;

/// <summary>One audit entry as the API shows it.</summary>
public sealed record AuditEntryView(long Sequence, DateTime At, string ActorKind, string Actor, string Action, string Subject, System.Text.Json.JsonElement Data, string Hash);
