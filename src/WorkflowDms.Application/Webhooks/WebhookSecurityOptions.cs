namespace WorkflowDms.Application.Webhooks;

/// <summary>
/// Where dealer-registered webhooks may point (configuration section <c>WorkflowDms:Webhooks</c>). By default only
/// https URLs whose host resolves to public addresses: a dealer must not make the host call into its own network
/// (SSRF). <see cref="AllowHttp"/> defaults to true in Development only; <see cref="AllowedNetworks"/> lists the
/// private or loopback networks (CIDR, e.g. <c>127.0.0.0/8</c> for a test receiver) that are nevertheless allowed.
/// Cloud metadata addresses are refused even inside an allowed network.
/// </summary>
public sealed class WebhookSecurityOptions
{
    public const string Section = "WorkflowDms:Webhooks";

    public bool AllowHttp { get; set; }

    public IReadOnlyList<string> AllowedNetworks { get; set; } = [];
}
