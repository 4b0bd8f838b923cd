using System.Net;
using System.Net.Sockets;
using WorkflowDms.Application.Common;

namespace WorkflowDms.Application.Webhooks;

/// <summary>
/// The SSRF guard of webhooks, applied twice: at registration (a 400 naming <c>url</c>) and at every connection the
/// sender opens (DNS may have changed since; the sender connects only to the addresses checked here, so a name
/// cannot resolve to one address for the check and another for the connection). https only, unless
/// <see cref="WebhookSecurityOptions.AllowHttp"/>; every address the host resolves to must be public, unless inside
/// <see cref="WebhookSecurityOptions.AllowedNetworks"/>. Redirects are never followed (see <see cref="HttpWebhookSender"/>).
/// </summary>
public sealed class WebhookUrlPolicy
{
    private static readonly TimeSpan ResolveTimeout = TimeSpan.FromSeconds(5);

    private readonly WebhookSecurityOptions options;
    private readonly IReadOnlyList<IPNetwork> allowed;

    public WebhookUrlPolicy(WebhookSecurityOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        this.options = options;
        allowed = [.. options.AllowedNetworks.Select(n => IPNetwork.TryParse(n, out var network) ? network
            : throw new InvalidOperationException($"{WebhookSecurityOptions.Section}:AllowedNetworks: '{n}' is not a CIDR network (e.g. 127.0.0.0/8)."))];
    }

    /// <summary>The registration check: a 400 naming <c>url</c> when the URL may not be called.</summary>
    public async Task EnsureRegistrableAsync(string url, CancellationToken cancellationToken)
    {
        try
        {
            var uri = new Uri(url, UriKind.Absolute);
            EnsureScheme(uri);
            await ResolveAllowedAsync(uri.IdnHost, cancellationToken);
        }
        catch (WebhookAddressRefusedException e)
        {
            throw new RequestBodyException(400, "Webhook url not allowed", "url: " + e.Message, "url");
        }
    }

    /// <summary>https, or http where the options allow it.</summary>
    public void EnsureScheme(Uri url)
    {
        ArgumentNullException.ThrowIfNull(url);
        if (url.Scheme != Uri.UriSchemeHttps && !(url.Scheme == Uri.UriSchemeHttp && options.AllowHttp))
        {
            throw new WebhookAddressRefusedException(options.AllowHttp
                ? "a webhook URL must use http or https."
                : $"a webhook URL must use https (plain http is switched off: {WebhookSecurityOptions.Section}:AllowHttp).");
        }

        if (!string.IsNullOrEmpty(url.UserInfo))
        {
            throw new WebhookAddressRefusedException("a webhook URL must not carry credentials.");
        }
    }

    /// <summary>The host's addresses, every one of them allowed; else <see cref="WebhookAddressRefusedException"/>.</summary>
    public async Task<IPAddress[]> ResolveAllowedAsync(string host, CancellationToken cancellationToken)
    {
        ArgumentException.ThrowIfNullOrEmpty(host);
        IPAddress[] addresses;
        if (IPAddress.TryParse(host.Trim('[', ']'), out var literal))
        {
            addresses = [literal];
        }
        else
        {
            using var timeout = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
            timeout.CancelAfter(ResolveTimeout);
            try
            {
                addresses = await Dns.GetHostAddressesAsync(host, timeout.Token);
            }
            catch (Exception e) when (e is SocketException || (e is OperationCanceledException && !cancellationToken.IsCancellationRequested))
            {
                throw new WebhookAddressRefusedException($"the host '{host}' cannot be resolved.");
            }
        }

        if (addresses.Length == 0)
        {
            throw new WebhookAddressRefusedException($"the host '{host}' has no address.");
        }

        // Every address must pass: a name that also resolves to an internal address is refused as a whole, since
        // which one a connection would use is not ours to choose.
        foreach (var address in addresses)
        {
            if (WebhookAddressRules.Classify(address, allowed) is { } kind)
            {
                throw new WebhookAddressRefusedException($"'{host}' resolves to {address}, a {kind} address; webhooks may only call public addresses.");
            }
        }

        return addresses;
    }
}
