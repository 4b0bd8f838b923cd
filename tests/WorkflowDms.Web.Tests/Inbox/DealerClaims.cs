using System.Globalization;
using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using WorkflowDms.Web.Tests.Infrastructure;

namespace WorkflowDms.Web.Tests.Inbox;

/// <summary>
/// A dealer's DMS over the real API (the demo key of D1001, D1002 or D2001): submits claims the warranty rules
/// decide in different ways, and orders, and reads them back as the dealer sees them.
/// </summary>
internal sealed class DealerClaims(WebAppHost host, string dealerCode = "D1001") : IDisposable
{
    private const string KnownVin = "LSVAU2185N2100001";
    private readonly HttpClient client = Client(host, dealerCode);

    public sealed record Submitted(Guid Id, string Number, string Status);

    /// <summary>How the rules will treat the claim (demo terms: auto-approval up to 1,000.00, a 30-day claim window).</summary>
    public enum Kind
    {
        /// <summary>Catalytic converter, 2.0 h of LOP-ENG-010 (240.00) and PN-1001 (4,200.00): above the limit, to review (W-32).</summary>
        Review,

        /// <summary>Wiper blade, 0.3 h and PN-2002 (116.00 in all): approved by the rules.</summary>
        AutoApproved,

        /// <summary>A VIN not in the vehicle master: returned to the dealer (W-08, IV).</summary>
        Returned,

        /// <summary>Repaired 45 days ago, outside the 30-day claim window: rejected (W-15, SUB).</summary>
        Rejected,
    }

    /// <summary>A claim the rules send to manual review (catalytic converter, repaired 5 days before the host's "now").</summary>
    public async Task<Submitted> SubmitForReviewAsync(string label, CancellationToken cancellationToken)
    {
        var submitted = await SubmitAsync(Kind.Review, label, cancellationToken);
        Assert.Equal("PendingReview", submitted.Status);
        return submitted;
    }

    public async Task<Submitted> SubmitAsync(Kind kind, string label, CancellationToken cancellationToken)
    {
        var unique = $"{label}-{Guid.NewGuid():N}"[..24];
        var expensive = kind == Kind.Review;
        var body = new
        {
            dealerClaimNumber = unique,
            vin = kind == Kind.Returned ? "LSVAU2187N2199999" : KnownVin,
            repairOrderNumber = "RO-" + unique,
            repairDate = RepairedDaysAgo(kind == Kind.Rejected ? 45 : 5),
            mileageKm = 23500,
            faultCode = expensive ? "F-EX-001" : "F-WP-002",
            causalPartNumber = expensive ? "PN-1001" : "PN-2002",
            lines = new object[]
            {
                new { type = "labor", operationCode = expensive ? "LOP-ENG-010" : "LOP-WIP-001", hours = expensive ? 2.0 : 0.3 },
                new { type = "part", partNumber = expensive ? "PN-1001" : "PN-2002", quantity = 1 },
            },
        };
        using var response = await client.PostAsJsonAsync("/api/v1/claims", body, cancellationToken);
        var claim = await ReadAsync(response, HttpStatusCode.Created, cancellationToken);
        return new Submitted(claim.GetProperty("id").GetGuid(), claim.GetProperty("number").GetString()!, claim.GetProperty("status").GetString()!);
    }

    /// <summary>An order created and submitted: vehicles (SEDAN-A, 150,000.00 each) or parts; the credit check decides its status.</summary>
    public async Task<Submitted> SubmitOrderAsync(string orderType, string itemCode, int quantity, string label, CancellationToken cancellationToken)
    {
        var reference = $"{label}-{Guid.NewGuid():N}"[..24];
        using var created = await client.PostAsJsonAsync("/api/v1/orders", new { orderType, dealerReference = reference, lines = new[] { new { itemCode, quantity } } }, cancellationToken);
        var id = (await ReadAsync(created, HttpStatusCode.Created, cancellationToken)).GetProperty("id").GetGuid();
        using var submitted = await client.PostAsJsonAsync($"/api/v1/orders/{id}/submit", new { }, cancellationToken);
        var order = await ReadAsync(submitted, HttpStatusCode.OK, cancellationToken);
        return new Submitted(id, order.GetProperty("number").GetString()!, order.GetProperty("status").GetString()!);
    }

    public async Task<string> StatusAsync(Guid claimId, CancellationToken cancellationToken) =>
        (await ClaimAsync(claimId, cancellationToken)).GetProperty("status").GetString()!;

    /// <summary>The claim as the dealer's API shows it (amounts in major units).</summary>
    public Task<JsonElement> ClaimAsync(Guid claimId, CancellationToken cancellationToken) =>
        client.GetFromJsonAsync<JsonElement>($"/api/v1/claims/{claimId}", cancellationToken);

    public Task<JsonElement> OrderAsync(Guid orderId, CancellationToken cancellationToken) =>
        client.GetFromJsonAsync<JsonElement>($"/api/v1/orders/{orderId}", cancellationToken);

    public void Dispose() => client.Dispose();

    private string RepairedDaysAgo(int days) =>
        host.Clock.GetUtcNow().UtcDateTime.Date.AddDays(-days).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    private static async Task<JsonElement> ReadAsync(HttpResponseMessage response, HttpStatusCode expected, CancellationToken cancellationToken)
    {
        var text = await response.Content.ReadAsStringAsync(cancellationToken);
        Assert.True(response.StatusCode == expected, $"{response.RequestMessage?.RequestUri}: {(int)response.StatusCode} {text}");
        return JsonDocument.Parse(text).RootElement.Clone();
    }

    private static HttpClient Client(WebAppHost host, string dealerCode)
    {
        var client = host.CreateClient();
        client.DefaultRequestHeaders.Add("X-Api-Key", "demo-key-" + dealerCode);
        return client;
    }
}
