namespace WorkflowDms.Host.Endpoints;

/// <summary>Whether the caller of <c>GET /api/v1/auth/session</c> is signed in.</summary>
internal sealed record SessionView(bool SignedIn);
