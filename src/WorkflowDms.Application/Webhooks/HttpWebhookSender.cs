using System.Text;

namespace WorkflowDms.Application.Webhooks;

/// <summary>
/// POSTs webhook messages with one shared <see cref="HttpClient"/>: a short timeout (a slow receiver must not
/// hold the worker), no redirects (a receiver cannot bounce the signed body elsewhere) and pooled connections.
/// </summary>
public sealed class HttpWebhookSender : IWebhookSender, IDisposable
{
    public static readonly TimeSpan Timeout = TimeSpan.FromSeconds(10);

    private readonly HttpClient client = new(new SocketsHttpHandler
    {
        AllowAutoRedirect = false,
        PooledConnectionLifetime = TimeSpan.FromMinutes(5),
        ConnectTimeout = TimeSpan.FromSeconds(5),
    })
    {
        Timeout = Timeout,
    };

    public async Task<WebhookSendResult> SendAsync(WebhookMessage message, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(message);
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
}
