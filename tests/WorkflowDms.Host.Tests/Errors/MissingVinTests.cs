using System.Net;
using WorkflowDms.Host.Tests.Infrastructure;
using WorkflowDms.Host.Tests.Recalls;

namespace WorkflowDms.Host.Tests.Errors;

/// <summary>
/// A request without its VIN is a 400 naming the field, never a 500. Found by the generated-request tests: the
/// validators' "check the VIN only when there is one" condition also switched off the "VIN is required" check, so a
/// missing VIN reached the service and failed there.
/// </summary>
public sealed class MissingVinTests(HostFixture host) : IClassFixture<HostFixture>
{
    [Fact]
    public async Task RecallClaim_WithoutVin_Is400NamingVin()
    {
        var problem = await host.AsDealer("D1001").PostJsonAsync("/api/v1/recall-claims",
            """{"campaignNumber":"RC-2026-001","repairOrderNumber":"RO-NOVIN","repairDate":"2026-11-20","mileageKm":100}""")
            .ExpectProblemAsync(HttpStatusCode.BadRequest);
        Assert.Contains("vin", problem["errors"]!.AsObject().Select(e => e.Key.ToLowerInvariant()));
    }

    [Fact]
    public async Task Claim_WithoutVin_Is400NamingVin()
    {
        var problem = await host.AsDealer("D1001").PostJsonAsync("/api/v1/claims",
            """{"dealerClaimNumber":"NOVIN-1","repairOrderNumber":"RO-NOVIN","repairDate":"2026-11-20","mileageKm":23500,"faultCode":"F-WP-002","causalPartNumber":"PN-2002","lines":[{"type":"part","partNumber":"PN-2002","quantity":1}]}""")
            .ExpectProblemAsync(HttpStatusCode.BadRequest);
        Assert.Contains("vin", problem["errors"]!.AsObject().Select(e => e.Key.ToLowerInvariant()));
    }

    [Fact]
    public async Task PreAuthorization_WithoutVin_Is400NamingVin()
    {
        var problem = await host.AsDealer("D1001").PostJsonAsync("/api/v1/pre-authorizations",
            """{"faultCode":"F-EX-001","description":"exhaust rebuild","plannedLines":[{"type":"part","partNumber":"PN-1001","quantity":1}]}""")
            .ExpectProblemAsync(HttpStatusCode.BadRequest);
        Assert.Contains("vin", problem["errors"]!.AsObject().Select(e => e.Key.ToLowerInvariant()));
    }

    [Fact]
    public async Task VinRange_WithoutFirstVin_Is400NamingIt()
    {
        var manager = await RecallApi.ManagerAsync(host);
        var id = await RecallApi.CreateCampaignAsync(manager, "RC-NOVIN", new DateOnly(2028, 1, 1));
        var problem = await manager.PostJsonAsync($"/api/v1/recalls/{id}/vin-range", """{"lastVin":"LSVRC2A55SN100001"}""")
            .ExpectProblemAsync(HttpStatusCode.BadRequest);
        Assert.Contains("firstvin", problem["errors"]!.AsObject().Select(e => e.Key.ToLowerInvariant()));
    }
}
