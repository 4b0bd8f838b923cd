using System.Net;
using System.Text.Json.Nodes;
using WorkflowDms.Host.Tests.Claims;
using WorkflowDms.Host.Tests.Infrastructure;

namespace WorkflowDms.Host.Tests.Tasks;

/// <summary>Saved filters, comments, delegation and bulk decisions over HTTP.</summary>
public sealed class TaskCollaborationTests(HostFixture host) : IClassFixture<HostFixture>
{
    [Fact]
    public async Task SavedFilters_RoundTrip_AndBelongToTheirAuthorOnly()
    {
        var hq = await host.AsStaffAsync("hq.reviewer@demo.local");
        var saved = await hq.PostJsonAsync("/api/v1/tasks/filters", """{"name":"Big D1001","query":{"dealer":"D1001","minAmount":400000,"sort":"-amount"}}""")
            .ExpectAsync(HttpStatusCode.Created);
        Assert.Equal(("D1001", 400000, "-amount"), (saved["query"]!["dealer"]!.GetValue<string>(), saved["query"]!["minAmount"]!.GetValue<long>(), saved["query"]!["sort"]!.GetValue<string>()));

        var list = await hq.GetAsync("/api/v1/tasks/filters", InboxApi.Ct).ArrayAsync(HttpStatusCode.OK);
        var only = Assert.Single(list);
        Assert.Equal(("Big D1001", saved["id"]!.GetValue<string>()), (only!["name"]!.GetValue<string>(), only["id"]!.GetValue<string>()));

        await (await hq.PostJsonAsync("/api/v1/tasks/filters", """{"name":"Big D1001","query":{}}""")).ExpectProblemAsync(HttpStatusCode.Conflict);
        await (await hq.PostJsonAsync("/api/v1/tasks/filters", """{"name":"Bad","query":{"sort":"size"}}""")).ExpectProblemAsync(HttpStatusCode.BadRequest);

        var other = await host.AsStaffAsync("b21.reviewer@demo.local");
        Assert.Empty(await other.GetAsync("/api/v1/tasks/filters", InboxApi.Ct).ArrayAsync(HttpStatusCode.OK));
        await (await other.DeleteAsync($"/api/v1/tasks/filters/{saved["id"]}", InboxApi.Ct)).ExpectProblemAsync(HttpStatusCode.NotFound);

        await (await hq.DeleteAsync($"/api/v1/tasks/filters/{saved["id"]}", InboxApi.Ct)).ExpectAsync(HttpStatusCode.NoContent);
        Assert.Empty(await hq.GetAsync("/api/v1/tasks/filters", InboxApi.Ct).ArrayAsync(HttpStatusCode.OK));
    }

    [Fact]
    public async Task Me_NamesTheUserTheirNodeGroupsAndGrants()
    {
        var me = await (await (await host.AsStaffAsync("b21.reviewer@demo.local")).GetAsync("/api/v1/me", InboxApi.Ct)).ExpectAsync(HttpStatusCode.OK);

        Assert.Equal(("b21.reviewer@demo.local", "/HQ/R2/B21/"), (me["email"]!.GetValue<string>(), me["orgPath"]!.GetValue<string>()));
        Assert.Contains("warranty-reviewers", me["groups"]!.AsArray().Select(g => g!.GetValue<string>()));
        Assert.Contains("warranty-reviewers@/HQ/R2/B21/", me["grants"]!.AsArray().Select(g => g!.GetValue<string>()));
        Assert.False(string.IsNullOrEmpty(me["orgNodeName"]!.GetValue<string>()));
        await (await host.AsDealer("D1001").GetAsync("/api/v1/me", InboxApi.Ct)).ExpectProblemAsync(HttpStatusCode.Forbidden);
    }

    [Fact]
    public async Task Comment_IsListedAndAudited_OutsiderGets404()
    {
        var claimId = await host.ReviewClaimAsync("D1001", "CM-1");
        var hq = await host.AsStaffAsync("hq.reviewer@demo.local");
        var task = await hq.TaskOfAsync(claimId);

        var comment = await hq.PostJsonAsync($"/api/v1/tasks/{task.Id()}/comments", """{"text":"Asked the dealer for a photo of the part."}""").ExpectAsync(HttpStatusCode.Created);
        Assert.Equal("hq.reviewer@demo.local", comment["author"]!.GetValue<string>());
        var comments = await hq.GetAsync($"/api/v1/tasks/{task.Id()}/comments", InboxApi.Ct).ArrayAsync(HttpStatusCode.OK);
        Assert.Equal("Asked the dealer for a photo of the part.", Assert.Single(comments)!["text"]!.GetValue<string>());

        var audit = await host.AuditAsync($"claim:{claimId}");
        Assert.Contains(audit, e => e["action"]!.GetValue<string>() == "TaskCommented" && e["data"]!["text"]!.GetValue<string>().Contains("photo", StringComparison.Ordinal));

        var admin = await host.AsStaffAsync("admin@demo.local");
        var filtered = await admin.GetAsync($"/api/v1/audit?subject=claim:{claimId}&action=TaskCommented&actor=hq.reviewer@demo.local&from=2026-01-01", InboxApi.Ct).ArrayAsync(HttpStatusCode.OK);
        Assert.Equal("TaskCommented", Assert.Single(filtered)!["action"]!.GetValue<string>());
        await (await admin.GetAsync("/api/v1/audit?action=Nothing", InboxApi.Ct)).ExpectProblemAsync(HttpStatusCode.BadRequest);

        var outsider = await host.AsStaffAsync("b21.reviewer@demo.local");
        await (await outsider.PostJsonAsync($"/api/v1/tasks/{task.Id()}/comments", """{"text":"x"}""")).ExpectProblemAsync(HttpStatusCode.NotFound);
        await (await hq.PostJsonAsync($"/api/v1/tasks/{task.Id()}/comments", """{"text":"  "}""")).ExpectProblemAsync(HttpStatusCode.BadRequest);
    }

    [Fact]
    public async Task Delegate_OnlyToAStaffUserWhoCouldActOnTheTask()
    {
        var east = await host.ReviewClaimAsync("D1001", "DG-1");
        var central = await host.ReviewClaimAsync("D2001", "DG-2");
        var hq = await host.AsStaffAsync("hq.reviewer@demo.local");
        var eastTask = await hq.TaskOfAsync(east);
        var centralTask = await hq.TaskOfAsync(central);

        // B21's reviewer cannot see a D1001 (R1) task; the supervisors are not its candidates; nobody is "ghost".
        await (await hq.PostJsonAsync($"/api/v1/tasks/{eastTask.Id()}/delegate", """{"to":"b21.reviewer@demo.local"}""")).ExpectProblemAsync(HttpStatusCode.UnprocessableEntity);
        await (await hq.PostJsonAsync($"/api/v1/tasks/{eastTask.Id()}/delegate", """{"to":"hq.supervisor@demo.local"}""")).ExpectProblemAsync(HttpStatusCode.UnprocessableEntity);
        await (await hq.PostJsonAsync($"/api/v1/tasks/{eastTask.Id()}/delegate", """{"to":"ghost@demo.local"}""")).ExpectProblemAsync(HttpStatusCode.UnprocessableEntity);

        var delegated = await hq.PostJsonAsync($"/api/v1/tasks/{centralTask.Id()}/delegate", """{"to":"b21.reviewer@demo.local"}""").ExpectAsync(HttpStatusCode.OK);
        Assert.Equal("Claimed", delegated["status"]!.GetValue<string>());
        var b21 = await host.AsStaffAsync("b21.reviewer@demo.local");
        Assert.Equal([central], (await b21.PageAsync("limit=200&view=mine")).CasesOf([central]));
        Assert.Empty((await hq.PageAsync("limit=200&view=mine")).CasesOf([central]));
        Assert.Contains(await host.AuditAsync($"claim:{central}"), e => e["action"]!.GetValue<string>() == "TaskDelegated");

        // The new holder decides it.
        await (await b21.PostJsonAsync($"/api/v1/tasks/{centralTask.Id()}/complete", """{"decision":"approve"}""")).ExpectAsync(HttpStatusCode.OK);
    }

    [Fact]
    public async Task BulkComplete_EachTaskOnItsOwn_MixedResults()
    {
        var first = await host.ReviewClaimAsync("D1001", "BK-1");
        var second = await host.ReviewClaimAsync("D1001", "BK-2");
        var decided = await host.ReviewClaimAsync("D1001", "BK-3");
        var inspected = await PartsReturnTests.ApprovedConverterClaimAsync(host, "BK-4");
        await host.AsDealer("D1001").PostJsonAsync($"/api/v1/claims/{inspected}/parts-shipment", """{"carrier":"SF Express","trackingNumber":"SF1234567891"}""").ExpectAsync(HttpStatusCode.OK);
        var hq = await host.AsStaffAsync("hq.reviewer@demo.local");
        await (await hq.PostAsync($"/api/v1/claims/{inspected}/parts-receipt", null, InboxApi.Ct)).ExpectAsync(HttpStatusCode.OK);

        var tasks = new[] { first, second, decided, inspected }.Select(c => hq.TaskOfAsync(c)).ToList();
        await Task.WhenAll(tasks);
        var ids = tasks.Select(t => t.Result.Id()).ToList();
        await (await hq.PostJsonAsync($"/api/v1/tasks/{ids[2]}/complete", """{"decision":"approve"}""")).ExpectAsync(HttpStatusCode.OK);
        var unknown = Guid.NewGuid().ToString();

        var body = ApiClient.Serialize(new { taskIds = new[] { ids[0], ids[1], ids[2], ids[3], unknown }, decision = new { decision = "approve", comment = "Bulk" } });
        var response = await (await hq.PostJsonAsync("/api/v1/tasks/bulk-complete", body)).Content.ReadAsStringAsync(InboxApi.Ct);
        var results = JsonNode.Parse(response)!.AsArray().ToDictionary(r => r!["taskId"]!.GetValue<string>(), r => r!["status"]!.GetValue<int>());

        Assert.Equal(200, results[ids[0]]);
        Assert.Equal(200, results[ids[1]]);
        Assert.Equal(409, results[ids[2]]);
        Assert.Equal(400, results[ids[3]]);
        Assert.Equal(404, results[unknown]);
        var claim = await (await host.AsDealer("D1001").GetAsync($"/api/v1/claims/{first}", InboxApi.Ct)).ExpectAsync(HttpStatusCode.OK);
        Assert.NotEqual("PendingReview", claim["status"]!.GetValue<string>());
        Assert.Equal("Open", (await hq.TaskOfAsync(inspected))["status"]!.GetValue<string>());
    }
}
