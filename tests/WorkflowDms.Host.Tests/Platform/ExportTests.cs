using System.Net;
using System.Xml.Linq;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
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
        Assert.StartsWith("documentNumber,dealerCode,dealerClaimNumber,vin", lines[0]);
        Assert.Contains(lines, l => l.Contains(",EXP-1,", StringComparison.Ordinal) && l.Contains(east["number"]!.GetValue<string>(), StringComparison.Ordinal) && l.Contains(",CNY,11600,11600,", StringComparison.Ordinal));
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
        var cases = new (string Query, string Field)[]
        {
            ("to=2026-11-24", "from"),
            ("from=2026-11-22", "to"),
            ("from=yesterday&to=2026-11-24", "from"),
            ("from=2026-11-22&to=2026-13-01", "to"),
            ("from=2026-11-24&to=2026-11-24", "to"),
            ("from=2026-11-24&to=2026-11-20", "to"),
            ("from=2025-01-01&to=2026-11-24", "to"),
            ($"{Period}&format=pdf", "format"),
        };
        foreach (var (query, field) in cases)
        {
            var problem = await (await dealer.GetAsync($"/api/v1/exports/invoices?{query}", Ct)).ExpectProblemAsync(HttpStatusCode.BadRequest);
            Assert.True(problem["field"]?.GetValue<string>() == field, $"{query}: {problem.ToJsonString()}");
            Assert.Contains(field, problem["detail"]!.GetValue<string>(), StringComparison.Ordinal);
        }

        var unknown = await (await dealer.GetAsync($"/api/v1/exports/salaries?{Period}", Ct)).ExpectProblemAsync(HttpStatusCode.NotFound);
        Assert.Contains("salaries", unknown["detail"]!.GetValue<string>(), StringComparison.Ordinal);

        // Date-times with an offset are read as UTC instants; XML may be asked for in capitals.
        var response = await dealer.GetAsync("/api/v1/exports/invoices?from=2026-11-23T08:00:00%2B08:00&to=2026-11-24T00:00:00Z&format=XML", Ct);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("application/xml", response.Content.Headers.ContentType!.MediaType);
    }

    [Fact]
    public async Task Export_OverTheRowLimit_Is422AskingForAShorterPeriod_AtTheLimitItPasses()
    {
        // The demo seed posts two invoices (D1001, D1002) at the host's start: HQ's export of the day has two rows.
        var admin = await host.AsStaffAsync("admin@demo.local");
        var configuration = host.Services.GetRequiredService<IConfiguration>();
        try
        {
            configuration["WorkflowDms:ExportMaxRows"] = "1";
            var problem = await (await admin.GetAsync($"/api/v1/exports/invoices?{Period}", Ct)).ExpectProblemAsync(HttpStatusCode.UnprocessableEntity);
            Assert.Equal("to", problem["field"]!.GetValue<string>());
            Assert.Contains("limit of 1;", problem["detail"]!.GetValue<string>(), StringComparison.Ordinal);

            configuration["WorkflowDms:ExportMaxRows"] = "2";
            var (_, rows) = await ExportApi.CsvAsync(admin, "invoices", Period);
            Assert.Equal(["INV-D1001-0001", "INV-D1002-0001"], rows.Select(r => r[0]));
        }
        finally
        {
            configuration["WorkflowDms:ExportMaxRows"] = null;
        }

        Assert.Equal(2, (await ExportApi.CsvAsync(admin, "invoices", Period)).Rows.Count);
    }
}
