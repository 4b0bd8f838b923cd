using System.Net;
using Microsoft.Extensions.DependencyInjection;
using WorkflowDms.Application.Workflows;
using WorkflowDms.Host.Tests.Claims;
using WorkflowDms.Host.Tests.Infrastructure;

namespace WorkflowDms.Host.Tests.Designer;

/// <summary>
/// Issue 5's multi-host future, in miniature: a second host on the same database, started before a version was
/// published on the first, resumes an instance of that version by loading it from the database on the first miss.
/// </summary>
public sealed class OtherHostTests(HostFixture host) : IClassFixture<HostFixture>
{
    [Fact]
    public async Task OtherHost_CompletesATaskOfAVersionItNeverLoaded()
    {
        await using var other = host.WithWebHostBuilder(_ => { });
        var otherReviewer = await other.CreateClient().LoginAsync("hq.reviewer@demo.local");

        var analyst = await host.AsStaffAsync(DesignerApi.Analyst);
        var shipped = await analyst.LatestVersionAsync();
        await analyst.SaveDraftAsync(DesignerApi.WithTriageTask(await analyst.XmlAsync(shipped)), shipped);
        var published = (await analyst.PostJsonAsync("/api/v1/designer/workflows/warranty-claim/publish", "{}").ExpectAsync(HttpStatusCode.OK))["version"]!.GetValue<int>();
        var claim = await host.SubmitAsync("D1001", DemoClaims.CatalyticConverter("OTHER-1"));
        var triage = (await WarrantyApi.TaskForAsync(otherReviewer, claim["id"]!.GetValue<string>()))!;
        Assert.Equal("triageClaim", triage["elementId"]!.GetValue<string>());

        var definitions = other.Services.GetRequiredService<DeployedDefinitions>();
        Assert.False(definitions.IsLoaded("warranty-claim", published));
        await (await otherReviewer.PostAsync($"/api/v1/tasks/{triage["id"]}/claim", null, TestContext.Current.CancellationToken)).ExpectAsync(HttpStatusCode.OK);
        await WarrantyApi.CompleteAsync(otherReviewer, triage, """{"decision":"approve","comment":"Triaged."}""");

        Assert.True(definitions.IsLoaded("warranty-claim", published));
        Assert.Equal("reviewClaim", (await WarrantyApi.TaskForAsync(otherReviewer, claim["id"]!.GetValue<string>()))!["elementId"]!.GetValue<string>());
    }
}
