using System.Security.Claims;

namespace WorkflowDms.Host.Security;

/// <summary>
/// Which token bucket a request draws from (issue 5: rate limits per dealer key and per user): its dealer key, else
/// its signed-in staff user, else its network address. Per user rather than per address, because a whole branch's
/// staff sits behind one address and one busy reviewer must not lock out the rest. The limiter runs after
/// authentication, so the user is known here.
/// </summary>
internal static class RateLimitPartitions
{
    public static string For(HttpContext context) =>
        context.Request.Headers[AuthSchemes.ApiKeyHeader].ToString() is { Length: > 0 } key ? "key:" + key
        : context.User.FindFirstValue(ClaimTypes.NameIdentifier) is { Length: > 0 } user ? "user:" + user
        : "ip:" + context.Connection.RemoteIpAddress;
}
