using System.Net;
using Microsoft.Extensions.DependencyInjection;
using WorkflowDms.Application.Workflows;
using WorkflowDms.Host.Tests.Infrastructure;

namespace WorkflowDms.Host.Tests.Tasks;

/// <summary>The review task's 2-day timer escalates an untouched claim to the supervisors (time moved, not waited for).</summary>
public sealed class ReviewEscalationTests(HostFixture host) : IClassFixture<HostFixture>
{
    [Fact]
    public async Task ReviewOverdue_AfterTwoDays_MovesTaskToSupervisors()
    {
        var claim = await host.AsDealer("D1001").PostJsonAsync("/api/v1/claims", ApiClient.Serialize(DemoClaims.CatalyticConverter("ESC-1"))).ExpectAsync(HttpStatusCode.Created);
        var claimId = claim["id"]!.GetValue<string>();
        var firer = host.Services.GetRequiredService<DueTimerFirer>();

        host.Clock.Advance(TimeSpan.FromDays(1));
        Assert.Equal(0, await firer.FireDueAsync(TestContext.Current.CancellationToken));
        Assert.True(await HasTaskAsync("hq.reviewer@demo.local", claimId));

        host.Clock.Advance(TimeSpan.FromDays(1) + TimeSpan.FromMinutes(1));
        Assert.True(await firer.FireDueAsync(TestContext.Current.CancellationToken) >= 1);


        Assert.False(await HasTaskAsync("hq.reviewer@demo.local", claimId));
        Assert.True(await HasTaskAsync("hq.supervisor@demo.local", claimId));
        var reviewer = await host.AsStaffAsync("hq.reviewer@demo.local");
        var after = await (await reviewer.GetAsync($"/api/v1/claims/{claimId}", TestContext.Current.CancellationToken)).ExpectAsync(HttpStatusCode.OK);
        Assert.Equal("PendingReview", after["status"]!.GetValue<string>());
    }

    /// <summary>Signs in afresh each time: staff tokens last 8 hours on the same (moved) clock.</summary>
    private async Task<bool> HasTaskAsync(string email, string claimId)
    {
        var staff = await host.AsStaffAsync(email);
        var inbox = await (await staff.GetAsync("/api/v1/tasks?limit=200", TestContext.Current.CancellationToken)).ExpectAsync(HttpStatusCode.OK);
        return inbox["items"]!.AsArray().Any(t => t!["caseId"]!.GetValue<string>() == claimId);
    }
}
