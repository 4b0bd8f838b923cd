namespace WorkflowDms.Host.Security;

/// <summary>Claims that carry the caller's org scope, so no request has to look it up again.</summary>
internal static class ActorClaimTypes
{
    public const string Kind = "wdms:actor_kind";
    public const string OrgPath = "wdms:org_path";
    public const string OrgNodeId = "wdms:org_node";
    public const string DealerId = "wdms:dealer_id";
    public const string DealerCode = "wdms:dealer_code";

    /// <summary>One claim per role held at an org node, <c>group@/HQ/R1/</c> (see <c>AccessGrant</c>).</summary>
    public const string Grant = "wdms:grant";
}
