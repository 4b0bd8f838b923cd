namespace WorkflowDms.Host.Security;

/// <summary>The authentication schemes the host knows, and the claim types it issues.</summary>
internal static class AuthSchemes
{
    /// <summary>Picks the scheme per request: dealer API key, staff bearer token, or the web app's cookie.</summary>
    public const string Selector = "WorkflowDms";

    /// <summary>Dealers' systems: <c>X-Api-Key</c> header, keys stored hashed.</summary>
    public const string ApiKey = "ApiKey";

    public const string ApiKeyHeader = "X-Api-Key";
}
