using System.Net;
using System.Net.Http.Json;
using WorkflowDms.Host.Tests.Infrastructure;
using static WorkflowDms.Host.Tests.Platform.PlatformApi;

namespace WorkflowDms.Host.Tests.Platform;

/// <summary>Roles held at org nodes: the grants reach the token, and the inbox shows a task per (group, path) grant.</summary>
public sealed class GrantInboxTests(HostFixture host) : IClassFixture<HostFixture>
{
    [Fact]
    public async Task ReviewerGrantedAtRegionTwo_SeesOnlyRegionTwoReviewTasks_DemoHqReviewerSeesBoth()
    {
        var admin = await host.AsStaffAsync("admin@demo.local");
        var userId = await CreateStaffAsync(admin, "r2.grant@demo.local", "HQ", ("warranty-reviewers", "R2"));
        var east = await host.AsDealer("D1001").PostJsonAsync("/api/v1/claims", ApiClient.Serialize(DemoClaims.CatalyticConverter("GR-E1"))).ExpectAsync(HttpStatusCode.Created);
        var central = await host.AsDealer("D2001").PostJsonAsync("/api/v1/claims", ApiClient.Serialize(DemoClaims.CatalyticConverter("GR-C1"))).ExpectAsync(HttpStatusCode.Created);
        Assert.Equal("PendingReview", central["status"]!.GetValue<string>());

        var granted = await InboxAsync(await host.AsStaffAsync("r2.grant@demo.local"));
        Assert.True(HasTaskFor(granted, central["id"]!.GetValue<string>()));
        Assert.False(HasTaskFor(granted, east["id"]!.GetValue<string>()));

        var hq = await InboxAsync(await host.AsStaffAsync("hq.reviewer@demo.local"));
        Assert.True(HasTaskFor(hq, central["id"]!.GetValue<string>()));
        Assert.True(HasTaskFor(hq, east["id"]!.GetValue<string>()));

        var user = await (await admin.GetAsync($"/api/v1/admin/users/{userId}", Ct)).ExpectAsync(HttpStatusCode.OK);
        Assert.Equal(["warranty-reviewers@/HQ/R2/"], user["grants"]!.AsArray().Select(g => g!.GetValue<string>()));
    }

    [Fact]
    public async Task TaskOutsideTheGrant_IsNotFound_EvenWithTheGroup()
    {
        var admin = await host.AsStaffAsync("admin@demo.local");
        await CreateStaffAsync(admin, "r2.only@demo.local", "HQ", ("warranty-reviewers", "R2"));
        var east = await host.AsDealer("D1001").PostJsonAsync("/api/v1/claims", ApiClient.Serialize(DemoClaims.CatalyticConverter("GR-E2"))).ExpectAsync(HttpStatusCode.Created);
        var hqInbox = await InboxAsync(await host.AsStaffAsync("hq.reviewer@demo.local"));
        var eastTask = hqInbox.First(t => t!["caseId"]!.GetValue<string>() == east["id"]!.GetValue<string>())!;

        var reviewer = await host.AsStaffAsync("r2.only@demo.local");
        await (await reviewer.GetAsync($"/api/v1/tasks/{eastTask["id"]}", Ct)).ExpectProblemAsync(HttpStatusCode.NotFound);
        await (await reviewer.PostAsync($"/api/v1/tasks/{eastTask["id"]}/claim", null, Ct)).ExpectProblemAsync(HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task RemovingTheLastAssignment_RemovesTheRole()
    {
        var admin = await host.AsStaffAsync("admin@demo.local");
        var userId = await CreateStaffAsync(admin, "temp.grant@demo.local", "HQ", ("warranty-supervisors", "R1"));
        var user = await (await admin.GetAsync($"/api/v1/admin/users/{userId}", Ct)).ExpectAsync(HttpStatusCode.OK);
        var assignmentId = user["assignments"]![0]!["id"]!.GetValue<string>();

        var after = await (await admin.DeleteAsync($"/api/v1/admin/users/{userId}/roles/{assignmentId}", Ct)).ExpectAsync(HttpStatusCode.OK);
        Assert.Empty(after["grants"]!.AsArray());
        Assert.Empty(after["assignments"]!.AsArray());
    }

    [Fact]
    public async Task GrantOutsideTheUsersHome_Is422()
    {
        var admin = await host.AsStaffAsync("admin@demo.local");
        var userId = await CreateStaffAsync(admin, "b21.home@demo.local", "B21");
        var response = await admin.PostAsJsonAsync($"/api/v1/admin/users/{userId}/roles", new { group = "warranty-reviewers", orgNodeId = await NodeIdAsync(admin, "R1") }, Ct);
        var problem = await response.ExpectProblemAsync(HttpStatusCode.UnprocessableEntity);
        Assert.Equal("grant-outside-home", problem["code"]!.GetValue<string>());
    }
}
