using System.Net;
using Microsoft.Extensions.DependencyInjection;
using WorkflowDms.Application.Workflows;
using WorkflowDms.Host.Tests.Infrastructure;

namespace WorkflowDms.Host.Tests.Claims;

/// <summary>Deadlines that move the clock: an expired pre-authorisation (W-29) and the closed appeal window (W-60).</summary>
public sealed class WarrantyDeadlineTests(HostFixture host) : IClassFixture<HostFixture>
{
    [Fact]
    public async Task ExpiredPreAuthorization_SendsTheClaimBack_AndTheAppealWindowCloses()
    {
        var dealer = host.AsDealer("D1001");
        var reviewer = await host.AsStaffAsync("hq.reviewer@demo.local");
        var pa = await PreAuthorizationTests.RequestAsync(dealer, PreAuthorizationTests.Vin, 10_500.00m);
        pa = await PreAuthorizationTests.DecideAsync(reviewer, pa, """{"decision":"approve","authorizedMaxAmount":11000.00,"validUntil":"2026-11-25"}""");
        var rejectedId = (await host.SubmitAsync("D1001", WarrantyApi.Wiper("DL-1", "LSVAU2187N2100002", 98_000)))["id"]!.GetValue<string>();

        host.Clock.Advance(TimeSpan.FromDays(3));
        var late = await host.SubmitAsync("D1001", PreAuthorizationTests.ExhaustRebuild("DL-2", pa["number"]!.GetValue<string>()));
        Assert.Equal(("ReturnedToDealer", "AC"), (late.Status(), late["decisionReasonCode"]!.GetValue<string>()));
        Assert.Contains(PreAuthorizationTests.Fired(late), n => n == "W-29-pre-authorization-expired");

        // 30 days after the rejection the appeal window closes: the process ends and an appeal is too late.
        host.Clock.Advance(TimeSpan.FromDays(28));
        Assert.True(await host.Services.GetRequiredService<DueTimerFirer>().FireDueAsync(TestContext.Current.CancellationToken) >= 1);
        var tooLate = await dealer.PostJsonAsync($"/api/v1/claims/{rejectedId}/appeal", """{"reason":"forgot"}""").ExpectProblemAsync(HttpStatusCode.Conflict);
        Assert.Contains("claim-appealed", tooLate.ToJsonString(), StringComparison.Ordinal);
        Assert.Equal("Rejected", (await dealer.ClaimAsync(rejectedId)).Status());
    }
}
