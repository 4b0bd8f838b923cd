using System.Net;
using Microsoft.Extensions.DependencyInjection;
using WorkflowDms.Application.Workflows;
using WorkflowDms.Host.Tests.Infrastructure;

namespace WorkflowDms.Host.Tests.Claims;

/// <summary>The 30-day old-part return deadline (own fixture: it moves the clock a month).</summary>
public sealed class PartsReturnDeadlineTests(HostFixture host) : IClassFixture<HostFixture>
{
    [Fact]
    public async Task PartNeverShipped_AfterThirtyDays_ClaimIsChargedBack_AndLateShipmentIs409()
    {
        var claimId = await PartsReturnTests.ApprovedConverterClaimAsync(host, "RET-3");

        host.Clock.Advance(TimeSpan.FromDays(30) + TimeSpan.FromHours(1));
        Assert.True(await host.Services.GetRequiredService<DueTimerFirer>().FireDueAsync(TestContext.Current.CancellationToken) >= 1);

        var dealer = host.AsDealer("D1001");
        var claim = await (await dealer.GetAsync($"/api/v1/claims/{claimId}", TestContext.Current.CancellationToken)).ExpectAsync(HttpStatusCode.OK);
        Assert.Equal("Rejected", claim["status"]!.GetValue<string>());
        Assert.Equal("PNR", claim["decisionReasonCode"]!.GetValue<string>());
        await (await dealer.PostJsonAsync($"/api/v1/claims/{claimId}/parts-shipment", """{"trackingNumber":"LATE"}""")).ExpectProblemAsync(HttpStatusCode.Conflict);
    }

}
