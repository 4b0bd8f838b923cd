using System.Net.Sockets;
using System.Text;

namespace WorkflowDms.Application.Webhooks;

/// <summary>
/// POSTs webhook messages with one shared <see cref="HttpClient"/>: a short timeout (a slow receiver must not
/// hold the worker), no redirects (a receiver cannot bounce the signed body elsewhere, e.g. into our network), no
/// proxy, pooled connections, and every new connection opened by <see cref="ConnectAsync"/> to an address the
/// <see cref="WebhookUrlPolicy"/> has just checked — DNS is asked at delivery time, not trusted from registration.
/// </summary>
public sealed class HttpWebhookSender : IWebhookSender, IDisposable
{
    public static readonly TimeSpan Timeout = TimeSpan.FromSeconds(10);

    private readonly WebhookUrlPolicy policy;
    private readonly HttpClient client;

    public HttpWebhookSender(WebhookUrlPolicy policy)
    {
        this.policy = policy;
        client = new HttpClient(new SocketsHttpHandler
        {
            AllowAutoRedirect = false,
            UseProxy = false, // a proxy would resolve and connect on its own, past the address check
            PooledConnectionLifetime = TimeSpan.FromMinutes(5),
            ConnectTimeout = TimeSpan.FromSeconds(5),
            ConnectCallback = ConnectAsync,
        })
        {
            Timeout = Timeout,
        };
    }

    public async Task<WebhookSendResult> SendAsync(WebhookMessage message, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(message);
        try
        {
            policy.EnsureScheme(message.Url);
        }
        catch (WebhookAddressRefusedException e)
        {
            return new WebhookSendResult(null, "Refused: " + e.Message);
        }

        using var request = new HttpRequestMessage(HttpMethod.Post, message.Url)
        {
            Content = new StringContent(message.Body, Encoding.UTF8, "application/json"),
        };
        foreach (var (name, value) in message.Headers)
        {
            request.Headers.TryAddWithoutValidation(name, value);
        }

        try
        {
            using var response = await client.SendAsync(request, HttpCompletionOption.ResponseHeadersRead, cancellationToken);
            var status = (int)response.StatusCode;
            return new WebhookSendResult(status, response.IsSuccessStatusCode ? null : $"The receiver answered {status} {response.ReasonPhrase}.");
        }
        catch (HttpRequestException e) when (Refusal(e) is { } refused)
        {
            return new WebhookSendResult(null, "Refused: " + refused.Message);
        }
        catch (HttpRequestException e)
        {
            return new WebhookSendResult(null, "Transport error: " + e.Message);
        }
        catch (TaskCanceledException) when (!cancellationToken.IsCancellationRequested)
        {
            return new WebhookSendResult(null, $"The receiver did not answer within {Timeout.TotalSeconds:0} s.");
        }
    }

    public void Dispose() => client.Dispose();

    private async ValueTask<Stream> ConnectAsync(SocketsHttpConnectionContext context, CancellationToken cancellationToken)
    {
        var addresses = await policy.ResolveAllowedAsync(context.DnsEndPoint.Host, cancellationToken);
        var socket = new Socket(SocketType.Stream, ProtocolType.Tcp) { NoDelay = true };
        try
        {
            await socket.ConnectAsync(addresses, context.DnsEndPoint.Port, cancellationToken);
            return new NetworkStream(socket, ownsSocket: true);
        }
        catch
        {
            socket.Dispose();
            throw;
        }
    }

    private static WebhookAddressRefusedException? Refusal(Exception e)
    {
        for (var inner = e.InnerException; inner is not null; inner = inner.InnerException)
        {
            if (inner is WebhookAddressRefusedException refused)
            {
                return refused;
            }
        }

        return null;
    }
}
