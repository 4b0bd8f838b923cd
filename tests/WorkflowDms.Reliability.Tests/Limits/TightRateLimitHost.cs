using WorkflowDms.Reliability.Tests.Infrastructure;

namespace WorkflowDms.Reliability.Tests.Limits;

/// <summary>The host with a token bucket of 20 requests refilled at one a second, so a test can empty it.</summary>
public sealed class TightRateLimitHost() : ReliabilityHost(new Dictionary<string, string>
{
    ["WorkflowDms:RateLimitBurst"] = TightRateLimitHost.Burst.ToString(System.Globalization.CultureInfo.InvariantCulture),
    ["WorkflowDms:RateLimitPerSecond"] = "1",
})
{
    public const int Burst = 20;
}
