namespace WorkflowDms.Application.Inbox;

/// <summary>
/// Which forms may be decided in bulk: those whose every decision is a verdict on the case (approve, reject,
/// send back, release or recheck a credit block). Inspection forms record what was found on one physical part
/// or return, and a task without a registered form has unknown fields, so those are decided one by one.
/// </summary>
internal static class BulkPolicy
{
    private static readonly HashSet<string> Verdicts = new(StringComparer.Ordinal) { "approve", "reject", "send-back", "release", "recheck" };

    public static bool Allows(IReadOnlyList<string> decisions) => decisions.Count > 0 && decisions.All(Verdicts.Contains);
}
