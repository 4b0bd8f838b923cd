using System.Net;
using System.Text;
using WorkflowDms.Host.Tests.Infrastructure;

namespace WorkflowDms.Host.Tests.Errors;

/// <summary>Bad input gets a 4xx ProblemDetails naming the field or reason, never a 500, and nothing is written.</summary>
public sealed class BadInputTests(HostFixture host) : IClassFixture<HostFixture>
{
    private const string Valid = """
        {"dealerClaimNumber":"BAD-1","vin":"LSVAU2185N2100001","repairOrderNumber":"RO-B1","repairDate":"2026-11-18","mileageKm":23500,"faultCode":"F-WP-002","causalPartNumber":"PN-2002","lines":[{"type":"labor","operationCode":"LOP-WIP-001","hours":0.3},{"type":"part","partNumber":"PN-2002","quantity":1}]}
        """;

    public static TheoryData<string, string, string> FieldErrors => new()
    {
        { "malformed JSON", """{"dealerClaimNumber": "X", """, "" },
        { "wrong type", Valid.Replace("\"mileageKm\":23500", "\"mileageKm\":\"far\""), "mileageKm" },
        { "unknown field", Valid.Replace("\"mileageKm\":23500", "\"mileageKm\":23500,\"colour\":\"red\""), "colour" },
        { "unknown line type", Valid.Replace("\"type\":\"labor\"", "\"type\":\"paint\""), "lines[0].type" },
        { "wrong VIN check digit", Valid.Replace("LSVAU2185N2100001", "LSVAU2184N2100001"), "vin" },
        { "negative quantity", Valid.Replace("\"quantity\":1", "\"quantity\":-1"), "lines[1].quantity" },
        { "repair date in the future", Valid.Replace("2026-11-18", "2027-01-01"), "repairDate" },
        { "bad date format", Valid.Replace("2026-11-18", "18/11/2026"), "repairDate" },
        { "missing lines", Valid.Replace(",\"lines\":[{\"type\":\"labor\",\"operationCode\":\"LOP-WIP-001\",\"hours\":0.3},{\"type\":\"part\",\"partNumber\":\"PN-2002\",\"quantity\":1}]", ""), "lines" },
        { "negative hours", Valid.Replace("\"hours\":0.3", "\"hours\":-2"), "lines[0].hours" },
        { "labor line without hours", Valid.Replace(",\"hours\":0.3", ""), "lines[0].hours" },
        { "sublet line without amount", Valid.Replace("{\"type\":\"labor\",\"operationCode\":\"LOP-WIP-001\",\"hours\":0.3}", "{\"type\":\"sublet\",\"description\":\"towing\"}"), "lines[0].amount" },
    };

    [Theory]
    [MemberData(nameof(FieldErrors))]
    public async Task Submit_BadBody_Is400NamingTheField(string why, string body, string field)
    {
        var before = await ClaimCountAsync();
        var problem = await (await host.AsDealer("D1001").PostJsonAsync("/api/v1/claims", body)).ExpectProblemAsync(HttpStatusCode.BadRequest);

        var text = problem.ToJsonString();
        Assert.True(text.Contains(field, StringComparison.OrdinalIgnoreCase), $"{why}: the problem should name '{field}': {text}");
        Assert.Equal(before, await ClaimCountAsync());
    }

    [Fact]
    public async Task Submit_BodyOverTheLimit_Is413()
    {
        var huge = Valid.Replace("\"RO-B1\"", "\"" + new string('x', 2 * 1024 * 1024) + "\"");
        var response = await host.AsDealer("D1001").PostJsonAsync("/api/v1/claims", huge);
        await response.ExpectProblemAsync(HttpStatusCode.RequestEntityTooLarge);
    }

    [Fact]
    public async Task Submit_NotJson_Is415()
    {
        var response = await host.AsDealer("D1001").PostAsync("/api/v1/claims", new StringContent("vin=1", Encoding.UTF8, "application/x-www-form-urlencoded"), TestContext.Current.CancellationToken);
        await response.ExpectProblemAsync(HttpStatusCode.UnsupportedMediaType);
    }

    [Fact]
    public async Task Submit_DeeplyNestedJson_Is400()
    {
        var deep = string.Concat(Enumerable.Repeat("{\"a\":", 500)) + "1" + new string('}', 500);
        await (await host.AsDealer("D1001").PostJsonAsync("/api/v1/claims", deep)).ExpectProblemAsync(HttpStatusCode.BadRequest);
    }

    [Fact]
    public async Task Complete_UnknownDecision_Is400NamingDecision_AndBadTaskId404()
    {
        var reviewer = await host.AsStaffAsync("hq.reviewer@demo.local");
        await (await reviewer.PostAsync($"/api/v1/tasks/{Guid.NewGuid()}/complete", new StringContent("""{"decision":"approve"}""", Encoding.UTF8, "application/json"), TestContext.Current.CancellationToken))
            .ExpectProblemAsync(HttpStatusCode.NotFound);
        Assert.Equal(HttpStatusCode.NotFound, (await reviewer.GetAsync("/api/v1/tasks/not-a-guid", TestContext.Current.CancellationToken)).StatusCode);
    }

    [Fact]
    public async Task Login_WrongPassword_Is401Problem()
    {
        var response = await host.CreateClient().PostJsonAsync("/api/v1/auth/login", """{"email":"hq.reviewer@demo.local","password":"wrong"}""");
        await response.ExpectProblemAsync(HttpStatusCode.Unauthorized);
    }

    [Fact]
    public async Task ListClaims_BadCursorOrStatus_Is400()
    {
        var dealer = host.AsDealer("D1001");
        await (await dealer.GetAsync("/api/v1/claims?after=%%%", TestContext.Current.CancellationToken)).ExpectProblemAsync(HttpStatusCode.BadRequest);
        await (await dealer.GetAsync("/api/v1/claims?status=Lost", TestContext.Current.CancellationToken)).ExpectProblemAsync(HttpStatusCode.BadRequest);
    }

    private async Task<int> ClaimCountAsync()
    {
        var list = await (await host.AsDealer("D1001").GetAsync("/api/v1/claims?limit=200", TestContext.Current.CancellationToken)).ExpectAsync(HttpStatusCode.OK);
        return list["items"]!.AsArray().Count;
    }
}
