using System.Net;
using System.Text.Json.Nodes;
using WorkflowDms.Reliability.Tests.Infrastructure;

namespace WorkflowDms.Reliability.Tests.CrashLoop;

/// <summary>
/// One dealer integration under load: submits claims one after another, each with its own Idempotency-Key, and
/// retries the same key with the same body until the host acknowledges it, across crashes and restarts, as a
/// well-behaved client must. Records what was acknowledged and any answer that breaks the contract.
/// </summary>
internal sealed class Submitter(int index, HttpClient http, Uri baseAddress)
{
    private readonly DateOnly repairDate = DateOnly.FromDateTime(DateTime.UtcNow).AddDays(-3);

    public List<Acknowledged> Acknowledged { get; } = [];

    public List<string> Violations { get; } = [];

    /// <summary>Submitted but not acknowledged when the load stopped (sent when the host was killed).</summary>
    public int? Pending { get; private set; }

    public int Retries { get; private set; }

    /// <summary>Submits new claims until <paramref name="stop"/>; a key in flight then is left <see cref="Pending"/>.</summary>
    public async Task LoadAsync(CancellationToken stop, CancellationToken cancellationToken)
    {
        for (var n = 0; !stop.IsCancellationRequested; n++)
        {
            if (!await SubmitAsync(n, stop, cancellationToken))
            {
                Pending = n;
                return;
            }
        }
    }

    /// <summary>After the last restart: the unacknowledged key is sent again until it is acknowledged.</summary>
    public async Task ResubmitPendingAsync(CancellationToken cancellationToken)
    {
        if (Pending is { } n)
        {
            Assert.True(await SubmitAsync(n, CancellationToken.None, cancellationToken), $"client {index}: key {n} never acknowledged");
            Pending = null;
        }
    }

    /// <summary>True when acknowledged (or refused for good); false when <paramref name="stop"/> came first.</summary>
    private async Task<bool> SubmitAsync(int n, CancellationToken stop, CancellationToken cancellationToken)
    {
        var key = $"crash-{index}-{n}";
        var number = $"CR{index}-{n}";
        var review = n % 3 == 0;
        var body = review ? ClaimBodies.CatalyticConverter(number, repairDate) : ClaimBodies.Wiper(number, repairDate);
        for (var attempt = 0; ; attempt++)
        {
            if (attempt > 0)
            {
                Retries++;
                if (stop.IsCancellationRequested)
                {
                    return false;
                }

                await Task.Delay(50, cancellationToken);
            }

            HttpResponseMessage response;
            try
            {
                response = await http.PostJsonAsync(new Uri(baseAddress, "/api/v1/claims").ToString(), body, key, cancellationToken);
            }
            catch (Exception e) when (e is HttpRequestException or TaskCanceledException && !cancellationToken.IsCancellationRequested)
            {
                continue; // The host is down or was killed mid-request: the answer is unknown, so the same key goes again.
            }

            using (response)
            {
                var text = await response.Content.ReadAsStringAsync(cancellationToken);
                switch (response.StatusCode)
                {
                    case HttpStatusCode.Created:
                        Acknowledged.Add(new Acknowledged(key, JsonNode.Parse(text)!["id"]!.GetValue<string>(), number, review));
                        return true;
                    case HttpStatusCode.TooManyRequests or HttpStatusCode.ServiceUnavailable:
                        continue;
                    default:
                        Violations.Add($"{key}: {(int)response.StatusCode} {text}");
                        return true;
                }
            }
        }
    }
}
