using System.Globalization;
using System.Text;

namespace WorkflowDms.LoadTests.Scenarios;

/// <summary>
/// The intake's claims: a catalytic converter repaired five days ago (2.0 h of LOP-ENG-010 and part PN-1001,
/// fault F-EX-001): valid, priced at 4,440.00 CNY, above the 1,000.00 auto-approval limit, so every claim runs
/// the whole rule set, starts a warranty-claim instance and opens a review task (the bar's "instance start,
/// task"). Each has its own claim number, repair order and idempotency key; vehicles and dealers rotate.
/// </summary>
internal static class ClaimBodies
{
    private static readonly string RepairDate = DateTime.UtcNow.AddDays(-5).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    public static HttpRequestMessage Request(LoadSession session, long i)
    {
        var vehicle = (int)(i % session.Vins.Count);
        var dealer = session.Organisation.Dealers[vehicle % session.Organisation.Dealers.Count];
        var number = $"L{session.RunTag}-{i.ToString(CultureInfo.InvariantCulture)}";
        var json = $$"""
            {"dealerClaimNumber":"{{number}}","vin":"{{session.Vins[vehicle]}}","repairOrderNumber":"RO-{{number}}","repairDate":"{{RepairDate}}","mileageKm":23500,"faultCode":"F-EX-001","causalPartNumber":"PN-1001","lines":[{"type":"labor","operationCode":"LOP-ENG-010","hours":2.0},{"type":"part","partNumber":"PN-1001","quantity":1}]}
            """;
        var request = new HttpRequestMessage(HttpMethod.Post, "/api/v1/claims") { Content = new StringContent(json, Encoding.UTF8, "application/json") };
        request.Headers.Add("X-Api-Key", dealer.ApiKey);
        request.Headers.Add("Idempotency-Key", number);
        return request;
    }
}
