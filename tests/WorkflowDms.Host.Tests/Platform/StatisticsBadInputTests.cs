using System.Net;
using WorkflowDms.Host.Tests.Infrastructure;
using static WorkflowDms.Host.Tests.Platform.PlatformApi;

namespace WorkflowDms.Host.Tests.Platform;

/// <summary>Every statistics parameter that cannot be used is a 400 ProblemDetails naming it, never a 500 or a silent default.</summary>
public sealed class StatisticsBadInputTests(HostFixture host) : IClassFixture<HostFixture>
{
    private const string Month = "from=2026-11-01&to=2026-12-01";

    [Theory]
    [InlineData("claims?" + Month + "&groupBy=city", "groupBy")]
    [InlineData("orders?to=2026-12-01", "from")]
    [InlineData("returns?from=2026-11-01", "to")]
    [InlineData("orders?from=yesterday&to=2026-12-01", "from")]
    [InlineData("claims?from=2026-12-01&to=2026-11-01", "to")]
    [InlineData("orders?from=2026-01-01&to=2027-01-03", "to")]
    [InlineData("timeline?from=2025-01-01&to=2026-12-01", "to")]
    [InlineData("timeline?" + Month + "&bucket=month", "bucket")]
    [InlineData("timeline?from=2026-11-01T12:00&to=2026-12-01", "from")]
    [InlineData("timeline?from=2026-11-01&to=2026-12-01T06:00:00Z", "to")]
    [InlineData("credit?groupBy=", null)]
    [InlineData("tasks?org=NO-SUCH-NODE", "org")]
    [InlineData("recalls?campaignId=RC-2026-001", "campaignId")]
    [InlineData("recalls?groupBy=branch&org=", null)]
    public async Task BadParameter_Is400NamingTheField(string query, string? field)
    {
        var admin = await host.AsStaffAsync("admin@demo.local");
        var response = await admin.GetAsync($"/api/v1/statistics/{query}", Ct);
        if (field is null)
        {
            // An empty value means "not given": the default applies.
            await response.ExpectAsync(HttpStatusCode.OK);
            return;
        }

        var problem = await response.ExpectProblemAsync(HttpStatusCode.BadRequest);
        Assert.Equal(field, problem["field"]!.GetValue<string>());
    }

    [Fact]
    public async Task OrgOutsideTheCallersScope_IsTheSame400AsAnUnknownNode_AndAnUnknownCampaignIs404()
    {
        var dealer = host.AsDealer("D2001");
        var outside = await (await dealer.GetAsync("/api/v1/statistics/credit?org=B11", Ct)).ExpectProblemAsync(HttpStatusCode.BadRequest);
        var unknown = await (await dealer.GetAsync("/api/v1/statistics/credit?org=B99", Ct)).ExpectProblemAsync(HttpStatusCode.BadRequest);
        Assert.Equal(unknown["detail"]!.GetValue<string>(), outside["detail"]!.GetValue<string>());
        Assert.Equal("org", outside["field"]!.GetValue<string>());
        await (await dealer.GetAsync("/api/v1/statistics/credit?org=D2001", Ct)).ExpectAsync(HttpStatusCode.OK);

        await (await dealer.GetAsync($"/api/v1/statistics/recalls?campaignId={Guid.NewGuid()}", Ct)).ExpectProblemAsync(HttpStatusCode.NotFound);
        await (await host.CreateClient().GetAsync($"/api/v1/statistics/tasks", Ct)).ExpectAsync(HttpStatusCode.Unauthorized);
    }
}
