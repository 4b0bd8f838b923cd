using System.Net;
using WorkflowDms.Host.Tests.Infrastructure;
using static WorkflowDms.Host.Tests.Platform.PlatformApi;

namespace WorkflowDms.Host.Tests.Platform;

/// <summary>Out-of-office cover: the absent reviewer's tasks reach the substitute for the period only, audited.</summary>
public sealed class SubstitutionTests(HostFixture host) : IClassFixture<HostFixture>
{
    [Fact]
    public async Task Substitute_SeesAndDecidesAbsentReviewersTasks_DuringThePeriodOnly()
    {
        var admin = await host.AsStaffAsync("admin@demo.local");
        await CreateStaffAsync(admin, "cover.r2@demo.local", "R2");
        var claim = await host.AsDealer("D2001").PostJsonAsync("/api/v1/claims", ApiClient.Serialize(DemoClaims.CatalyticConverter("SUB-C1"))).ExpectAsync(HttpStatusCode.Created);
        var claimId = claim["id"]!.GetValue<string>();
        var cover = await host.AsStaffAsync("cover.r2@demo.local");
        Assert.False(HasTaskFor(await InboxAsync(cover), claimId));

        var absent = await host.AsStaffAsync("b21.reviewer@demo.local");
        var now = host.Clock.GetUtcNow().UtcDateTime;
        var substitution = await absent.PostJsonAsync("/api/v1/substitutions", ApiClient.Serialize(new
        {
            substituteEmail = "cover.r2@demo.local",
            startsAt = now.AddHours(-1),
            endsAt = now.AddDays(2),
        })).ExpectAsync(HttpStatusCode.Created);
        Assert.True(substitution["activeNow"]!.GetValue<bool>());

        var inbox = await InboxAsync(cover);
        Assert.True(HasTaskFor(inbox, claimId));
        var taskId = inbox.First(t => t!["caseId"]!.GetValue<string>() == claimId)!["id"]!.GetValue<string>();
        var done = await cover.PostJsonAsync($"/api/v1/tasks/{taskId}/complete", """{"decision":"approve","comment":"Covered for B21."}""").ExpectAsync(HttpStatusCode.OK);
        Assert.Equal("Completed", done["status"]!.GetValue<string>());

        var audit = await GetArrayAsync(admin, $"/api/v1/audit?subject=substitution:{substitution["id"]}");
        Assert.Contains(audit, e => e!["action"]!.GetValue<string>() == "SubstitutionChanged");

        host.Clock.Advance(TimeSpan.FromDays(3));
        var later = await host.AsDealer("D2001").PostJsonAsync("/api/v1/claims", ApiClient.Serialize(DemoClaims.CatalyticConverter("SUB-C2"))).ExpectAsync(HttpStatusCode.Created);
        var afterwards = await InboxAsync(await host.AsStaffAsync("cover.r2@demo.local"));
        Assert.False(HasTaskFor(afterwards, later["id"]!.GetValue<string>()));
    }

    [Fact]
    public async Task Substitute_TakesOverTaskTheAbsentUserHeld_AsAnAuditedDelegation()
    {
        var admin = await host.AsStaffAsync("admin@demo.local");
        await CreateStaffAsync(admin, "cover.hq@demo.local", "HQ");
        var claim = await host.AsDealer("D2001").PostJsonAsync("/api/v1/claims", ApiClient.Serialize(DemoClaims.CatalyticConverter("SUB-C3"))).ExpectAsync(HttpStatusCode.Created);
        var absent = await host.AsStaffAsync("b21.reviewer@demo.local");
        var taskId = (await InboxAsync(absent)).First(t => t!["caseId"]!.GetValue<string>() == claim["id"]!.GetValue<string>())!["id"]!.GetValue<string>();
        await (await absent.PostAsync($"/api/v1/tasks/{taskId}/claim", null, Ct)).ExpectAsync(HttpStatusCode.OK);

        var now = host.Clock.GetUtcNow().UtcDateTime;
        await absent.PostJsonAsync("/api/v1/substitutions", ApiClient.Serialize(new { substituteEmail = "cover.hq@demo.local", startsAt = now, endsAt = now.AddDays(1) }))
            .ExpectAsync(HttpStatusCode.Created);
        var cover = await host.AsStaffAsync("cover.hq@demo.local");
        var done = await cover.PostJsonAsync($"/api/v1/tasks/{taskId}/complete", """{"decision":"approve"}""").ExpectAsync(HttpStatusCode.OK);
        Assert.Equal("Completed", done["status"]!.GetValue<string>());

        var audit = await GetArrayAsync(admin, $"/api/v1/audit?subject=claim:{claim["id"]}");
        Assert.Contains(audit, e => e!["action"]!.GetValue<string>() == "TaskDelegated");
    }

    [Fact]
    public async Task SubstituteBelowTheAbsentUser_Is422_AndOthersCannotCancel()
    {
        var hqReviewer = await host.AsStaffAsync("hq.reviewer@demo.local");
        var now = host.Clock.GetUtcNow().UtcDateTime;
        var problem = await hqReviewer.PostJsonAsync("/api/v1/substitutions", ApiClient.Serialize(new { substituteEmail = "b21.reviewer@demo.local", startsAt = now, endsAt = now.AddDays(1) }))
            .ExpectProblemAsync(HttpStatusCode.UnprocessableEntity);
        Assert.Contains("substituteEmail", problem["detail"]!.GetValue<string>());

        var b21 = await host.AsStaffAsync("b21.reviewer@demo.local");
        var created = await b21.PostJsonAsync("/api/v1/substitutions", ApiClient.Serialize(new { substituteEmail = "hq.reviewer@demo.local", startsAt = now, endsAt = now.AddDays(1) }))
            .ExpectAsync(HttpStatusCode.Created);
        var stranger = await host.AsStaffAsync("analyst@demo.local");
        await (await stranger.PostAsync($"/api/v1/substitutions/{created["id"]}/cancel", null, Ct)).ExpectProblemAsync(HttpStatusCode.NotFound);
        var cancelled = await (await b21.PostAsync($"/api/v1/substitutions/{created["id"]}/cancel", null, Ct)).ExpectAsync(HttpStatusCode.OK);
        Assert.False(cancelled["activeNow"]!.GetValue<bool>());
    }
}
