using System.Globalization;
using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using WorkflowDms.Web.Tests.Infrastructure;

namespace WorkflowDms.Web.Tests.Inbox;

/// <summary>
/// A dealer's DMS over the real API (demo key of D1001): submits a claim that the warranty rules send to manual
/// review (catalytic converter, 2.0 h of LOP-ENG-010, repaired 5 days before the host's "now"), reads it back.
/// </summary>
internal sealed class DealerClaims(WebAppHost host) : IDisposable
{
    private readonly HttpClient client = Client(host);

    public sealed record Submitted(Guid Id, string Number, string Status);

    public async Task<Submitted> SubmitForReviewAsync(string label, CancellationToken cancellationToken)
    {
        var repairDate = host.Clock.GetUtcNow().UtcDateTime.Date.AddDays(-5).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
        var unique = $"{label}-{Guid.NewGuid():N}"[..24];
        var body = new
        {
            dealerClaimNumber = unique,
            vin = "LSVAU2185N2100001",
            repairOrderNumber = "RO-" + unique,
            repairDate,
            mileageKm = 23500,
            faultCode = "F-EX-001",
            causalPartNumber = "PN-1001",
            lines = new object[]
            {
                new { type = "labor", operationCode = "LOP-ENG-010", hours = 2.0 },
                new { type = "part", partNumber = "PN-1001", quantity = 1 },
            },
        };
        using var response = await client.PostAsJsonAsync("/api/v1/claims", body, cancellationToken);
        var text = await response.Content.ReadAsStringAsync(cancellationToken);
        Assert.True(response.StatusCode == HttpStatusCode.Created, $"claim submission: {(int)response.StatusCode} {text}");
        var claim = JsonDocument.Parse(text).RootElement;
        var submitted = new Submitted(claim.GetProperty("id").GetGuid(), claim.GetProperty("number").GetString()!, claim.GetProperty("status").GetString()!);
        Assert.Equal("PendingReview", submitted.Status);
        return submitted;
    }

    public async Task<string> StatusAsync(Guid claimId, CancellationToken cancellationToken)
    {
        var claim = await client.GetFromJsonAsync<JsonElement>($"/api/v1/claims/{claimId}", cancellationToken);
        return claim.GetProperty("status").GetString()!;
    }

    public void Dispose() => client.Dispose();

    private static HttpClient Client(WebAppHost host)
    {
        var client = host.CreateClient();
        client.DefaultRequestHeaders.Add("X-Api-Key", "demo-key-D1001");
        return client;
    }
}
