using System.Net;
using System.Xml.Linq;
using WorkflowDms.Host.Tests.Infrastructure;
using static WorkflowDms.Host.Tests.Platform.PlatformApi;

namespace WorkflowDms.Host.Tests.Platform;

/// <summary>ERP exports: by period, within the caller's scope, in both formats.</summary>
public sealed class ExportTests(HostFixture host) : IClassFixture<HostFixture>
{
    private static string Period => $"from={HostFixture.Today.UtcDateTime.AddDays(-1):yyyy-MM-dd}&to={HostFixture.Today.UtcDateTime.AddDays(1):yyyy-MM-dd}";

    [Fact]
    public async Task ClaimsExport_HasApprovedClaimsOfTheScopeOnly_AsCsvAndXml()
    {
        var east = await host.AsDealer("D1001").PostJsonAsync("/api/v1/claims", ApiClient.Serialize(DemoClaims.Wiper("EXP-1"))).ExpectAsync(HttpStatusCode.Created);
        var central = await host.AsDealer("D2001").PostJsonAsync("/api/v1/claims", ApiClient.Serialize(DemoClaims.Wiper("EXP-2"))).ExpectAsync(HttpStatusCode.Created);
        var rejected = await host.AsDealer("D1001").PostJsonAsync("/api/v1/claims", ApiClient.Serialize(DemoClaims.Wiper("EXP-3", vin: "LSVAU2187N2100002"))).ExpectAsync(HttpStatusCode.Created);

        var csvResponse = await host.AsDealer("D1001").GetAsync($"/api/v1/exports/claims?{Period}&format=csv", Ct);
        Assert.Equal(HttpStatusCode.OK, csvResponse.StatusCode);
        Assert.Equal("text/csv", csvResponse.Content.Headers.ContentType!.MediaType);
        var csv = await csvResponse.Content.ReadAsStringAsync(Ct);
        var lines = csv.Split("\r\n", StringSplitOptions.RemoveEmptyEntries);
        Assert.StartsWith("claimNumber,dealerCode,dealerClaimNumber,vin", lines[0]);
        Assert.Contains(lines, l => l.Contains(",EXP-1,", StringComparison.Ordinal) && l.Contains(east["number"]!.GetValue<string>(), StringComparison.Ordinal) && l.Contains(",116.00,", StringComparison.Ordinal));
        Assert.DoesNotContain(lines, l => l.Contains(",EXP-2,", StringComparison.Ordinal));
        Assert.DoesNotContain(lines, l => l.Contains(",EXP-3,", StringComparison.Ordinal));
        Assert.Equal("Rejected", rejected["status"]!.GetValue<string>());

        var admin = await host.AsStaffAsync("admin@demo.local");
        var xml = XDocument.Parse(await (await admin.GetAsync($"/api/v1/exports/claims?{Period}&format=xml", Ct)).Content.ReadAsStringAsync(Ct));
        var numbers = xml.Root!.Elements("claim").Select(c => c.Element("dealerClaimNumber")!.Value).ToList();
        Assert.Contains("EXP-1", numbers);
        Assert.Contains("EXP-2", numbers);
        Assert.Equal("claims", xml.Root.Attribute("kind")!.Value);
        Assert.Equal(central["dealerCode"]!.GetValue<string>(), xml.Root.Elements("claim").Single(c => c.Element("dealerClaimNumber")!.Value == "EXP-2").Element("dealerCode")!.Value);

        var audit = await GetArrayAsync(admin, "/api/v1/audit?subject=export:claims");
        Assert.Contains(audit, e => e!["action"]!.GetValue<string>() == "ExportProduced");
    }

    [Fact]
    public async Task Export_BadQuery_Is400NamingTheField_UnknownKindIs404()
    {
        var dealer = host.AsDealer("D1001");
        var problem = await (await dealer.GetAsync("/api/v1/exports/claims?to=2026-11-24", Ct)).ExpectProblemAsync(HttpStatusCode.BadRequest);
        Assert.Contains("from", problem["detail"]!.GetValue<string>());
        var format = await (await dealer.GetAsync($"/api/v1/exports/claims?{Period}&format=pdf", Ct)).ExpectProblemAsync(HttpStatusCode.BadRequest);
        Assert.Contains("format", format["detail"]!.GetValue<string>());
        await (await dealer.GetAsync($"/api/v1/exports/salaries?{Period}", Ct)).ExpectProblemAsync(HttpStatusCode.NotFound);
    }
}
