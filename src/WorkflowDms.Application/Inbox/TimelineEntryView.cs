using System.Text.Json;

namespace WorkflowDms.Application.Inbox;

/// <summary>One audit entry of the case, oldest first; <see cref="Detail"/> is the entry's data.</summary>
public sealed record TimelineEntryView(long Sequence, DateTime At, string Actor, string Action, JsonElement Detail);
