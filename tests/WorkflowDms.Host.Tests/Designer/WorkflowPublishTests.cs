using System.Net;
using System.Text.Json.Nodes;
using WorkflowDms.Host.Tests.Claims;
using WorkflowDms.Host.Tests.Infrastructure;

namespace WorkflowDms.Host.Tests.Designer;

/// <summary>
/// Issue 4, versioning: an analyst edits the warranty claim in a draft, the server validates with the engine's
/// reader, publishing makes v(n+1) the version new claims start on while running claims stay on v(n).
/// </summary>
public sealed class WorkflowPublishTests(HostFixture host) : IClassFixture<HostFixture>
{
    private const string Versions = "/api/v1/designer/workflows/warranty-claim/versions";

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task Draft_WithScriptTask_IsSavedWithTheElementNamed_PublishIs422_NothingStored()
    {
        var analyst = await host.AsStaffAsync(DesignerApi.Analyst);
        var before = await analyst.GetArrayAsync(Versions);
        var xml = DesignerApi.WithScriptTask(await analyst.XmlAsync(1));

        var draft = await analyst.SaveDraftAsync(xml, 1);
        Assert.False(draft["validation"]!["executable"]!.GetValue<bool>());
        Assert.Equal("INVALID", draft["validation"]!["status"]!.GetValue<string>());
        var problem = Assert.Single(draft["validation"]!["problems"]!.AsArray());
        Assert.Equal("scoreClaim", problem!["elementId"]!.GetValue<string>());
        Assert.Equal("scriptTask", problem["elementType"]!.GetValue<string>());
        Assert.Equal(xml, (await analyst.GetObjectAsync("/api/v1/designer/workflows/warranty-claim/draft"))["xml"]!.GetValue<string>());

        var refused = await analyst.PostJsonAsync("/api/v1/designer/workflows/warranty-claim/publish", """{"comment":"scoring"}""").ExpectProblemAsync(HttpStatusCode.UnprocessableEntity);
        Assert.Contains(refused["problems"]!.AsArray(), p => p!["elementId"]!.GetValue<string>() == "scoreClaim" && p["elementType"]!.GetValue<string>() == "scriptTask");
        Assert.Contains("scoreClaim scriptTask", refused["detail"]!.GetValue<string>(), StringComparison.Ordinal);

        Assert.Equal(before.Count, (await analyst.GetArrayAsync(Versions)).Count);
        Assert.DoesNotContain(await host.AuditAsync("process:warranty-claim"), e => e["data"]!.ToJsonString().Contains("scoring", StringComparison.Ordinal));
        await (await analyst.DeleteAsync("/api/v1/designer/workflows/warranty-claim/draft", Ct)).ExpectAsync(HttpStatusCode.NoContent);
    }

    [Fact]
    public async Task Publish_ExtraUserTask_NewClaimsRunOnIt_RunningClaimStaysOnItsVersionAndCompletes()
    {
        var analyst = await host.AsStaffAsync(DesignerApi.Analyst);
        var reviewer = await host.AsStaffAsync("hq.reviewer@demo.local");
        var old = await analyst.LatestVersionAsync();
        var before = await host.SubmitAsync("D1001", DemoClaims.CatalyticConverter("DSG-BEFORE"));
        Assert.Equal("PendingReview", before.Status());
        var runningOnOld = (await analyst.GetArrayAsync(Versions))[0]!["runningInstances"]!.GetValue<int>();
        Assert.True(runningOnOld >= 1);

        // The change: a triage task before the review, and a day more for every review (P2D → P3D).
        // bpmn-js drops attributes that hold the BPMN default (cancelActivity="true"); the diff must not call that a change.
        var draft = await analyst.SaveDraftAsync(DesignerApi.WithTriageTask(await analyst.XmlAsync(old)).Replace("P2D", "P3D", StringComparison.Ordinal)
            .Replace(" cancelActivity=\"true\"", "", StringComparison.Ordinal), old);
        Assert.True(draft["validation"]!["executable"]!.GetValue<bool>(), draft.ToJsonString());
        Assert.Equal("OK", draft["validation"]!["status"]!.GetValue<string>());
        var published = await analyst.PostJsonAsync("/api/v1/designer/workflows/warranty-claim/publish", """{"comment":"Triage before review"}""").ExpectAsync(HttpStatusCode.OK);
        Assert.Equal(old + 1, published["version"]!.GetValue<int>());
        Assert.Equal("designer", published["source"]!.GetValue<string>());
        await (await analyst.GetAsync("/api/v1/designer/workflows/warranty-claim/draft", Ct)).ExpectProblemAsync(HttpStatusCode.NotFound);

        // A claim submitted now starts on v(n+1) and waits at the new task.
        var after = await host.SubmitAsync("D1001", DemoClaims.CatalyticConverter("DSG-AFTER"));
        Assert.Equal("triageClaim", (await WarrantyApi.TaskForAsync(reviewer, after["id"]!.GetValue<string>()))!["elementId"]!.GetValue<string>());

        // The claim started before is still at the old review task, and completes on v(n).
        var oldTask = (await WarrantyApi.TaskForAsync(reviewer, before["id"]!.GetValue<string>()))!;
        Assert.Equal("reviewClaim", oldTask["elementId"]!.GetValue<string>());
        var versions = await analyst.GetArrayAsync(Versions);
        Assert.Equal(1, Running(versions, old + 1));
        Assert.Equal(runningOnOld, Running(versions, old));
        await (await reviewer.PostAsync($"/api/v1/tasks/{oldTask["id"]}/claim", null, Ct)).ExpectAsync(HttpStatusCode.OK);
        await WarrantyApi.CompleteAsync(reviewer, oldTask, """{"decision":"approve","comment":"Confirmed."}""");
        Assert.Equal("PartsReturnPending", (await host.AsDealer("D1001").ClaimAsync(before["id"]!.GetValue<string>())).Status());

        // The version list says who published what, when, and from where.
        var latest = (await analyst.GetArrayAsync(Versions))[0]!;
        Assert.Equal(old + 1, latest["version"]!.GetValue<int>());
        Assert.Equal(DesignerApi.Analyst, latest["publishedBy"]!.GetValue<string>());
        Assert.Equal(host.Clock.GetUtcNow().UtcDateTime, latest["publishedAt"]!.GetValue<DateTime>().ToUniversalTime());
        Assert.Equal("Triage before review", latest["comment"]!.GetValue<string>());
        Assert.Equal(64, latest["sha256"]!.GetValue<string>().Length);
        var shipped = versions.Single(v => v!["version"]!.GetValue<int>() == old)!;
        Assert.Equal("system", shipped["publishedBy"]!.GetValue<string>());

        var audit = await host.AuditAsync("process:warranty-claim");
        Assert.Contains(audit, e => e["action"]!.GetValue<string>() == "ProcessDeployed" && e["actor"]!.GetValue<string>() == DesignerApi.Analyst
            && e["data"]!["version"]!.GetValue<int>() == old + 1 && e["data"]!["sha256"]!.GetValue<string>() == latest["sha256"]!.GetValue<string>());

        var list = await analyst.GetArrayAsync("/api/v1/designer/workflows");
        var summary = list.Single(w => w!["processId"]!.GetValue<string>() == "warranty-claim")!;
        Assert.Equal(old + 1, summary["latestVersion"]!.GetValue<int>());
        Assert.Equal("Warranty claim", summary["name"]!.GetValue<string>());
        Assert.False(summary["hasDraft"]!.GetValue<bool>());

        // The diff names the added task and flow, the retargeted flow, and the changed due date and timer.
        var diff = await analyst.GetObjectAsync($"/api/v1/designer/workflows/warranty-claim/diff?from={old}&to={old + 1}");
        Assert.Contains(diff["added"]!.AsArray(), e => e!["id"]!.GetValue<string>() == "triageClaim" && e["type"]!.GetValue<string>() == "userTask" && e["name"]!.GetValue<string>() == "Triage claim");
        Assert.Contains(diff["added"]!.AsArray(), e => e!["id"]!.GetValue<string>() == "triaged" && e["type"]!.GetValue<string>() == "sequenceFlow");
        Assert.Empty(diff["removed"]!.AsArray());
        var changed = diff["changed"]!.AsArray().Select(c => c!.AsObject()).ToDictionary(c => c["id"]!.GetValue<string>());
        Assert.Contains("targetRef: reviewClaim → triageClaim", Changes(changed["routedToReview"]));
        Assert.Contains("camunda:dueDate: P2D → P3D", Changes(changed["reviewClaim"]));
        Assert.Contains("timerEventDefinition.timeDuration: P2D → P3D", Changes(changed["reviewOverdue"]));
        Assert.DoesNotContain("claimSubmitted", changed.Keys);
        Assert.DoesNotContain(Changes(changed["appealReviewOverdue"]), c => c.StartsWith("cancelActivity", StringComparison.Ordinal));
        Assert.DoesNotContain(Changes(changed["reviewOverdue"]), c => c.StartsWith("cancelActivity", StringComparison.Ordinal));
        await (await analyst.GetAsync($"/api/v1/designer/workflows/warranty-claim/diff?from={old}", Ct)).ExpectProblemAsync(HttpStatusCode.BadRequest);
        await (await analyst.GetAsync($"/api/v1/designer/workflows/warranty-claim/diff?from={old}&to=999", Ct)).ExpectProblemAsync(HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task Draft_SavedOverAColleaguesSave_WithTheOldEtag_Is409()
    {
        var analyst = await host.AsStaffAsync(DesignerApi.Analyst);
        var admin = await host.AsStaffAsync("admin@demo.local");
        const string url = "/api/v1/designer/workflows/etag-check/draft";
        var first = await analyst.PutJsonAsync(url, ApiClient.Serialize(new { xml = "<draft-1/>" })).ExpectAsync(HttpStatusCode.OK);
        Assert.Equal("INVALID", first["validation"]!["status"]!.GetValue<string>());
        var etag = first["etag"]!.GetValue<string>();

        var second = await admin.PutJsonAsync(url, ApiClient.Serialize(new { xml = "<draft-2/>", etag })).ExpectAsync(HttpStatusCode.OK);
        Assert.Equal("admin@demo.local", second["updatedBy"]!.GetValue<string>());
        Assert.NotEqual(etag, second["etag"]!.GetValue<string>());

        await analyst.PutJsonAsync(url, ApiClient.Serialize(new { xml = "<draft-3/>", etag })).ExpectProblemAsync(HttpStatusCode.Conflict);
        await analyst.PutJsonAsync(url, ApiClient.Serialize(new { xml = "<draft-3/>" })).ExpectProblemAsync(HttpStatusCode.Conflict);
        Assert.Equal("<draft-2/>", (await analyst.GetObjectAsync(url))["xml"]!.GetValue<string>());
    }

    [Fact]
    public async Task Draft_HostileOrHugeOrWrongProcess_IsRefusedOrReportedNever500()
    {
        var analyst = await host.AsStaffAsync(DesignerApi.Analyst);
        const string xxe = """<?xml version="1.0"?><!DOCTYPE d [<!ENTITY x SYSTEM "file:///etc/passwd">]><d>&x;</d>""";
        var validation = await analyst.PostJsonAsync("/api/v1/designer/workflows/validate", ApiClient.Serialize(new { xml = xxe })).ExpectAsync(HttpStatusCode.OK);
        Assert.Equal("INVALID", validation["status"]!.GetValue<string>());
        Assert.Contains("DTD is prohibited", validation["problems"]![0]!["message"]!.GetValue<string>(), StringComparison.Ordinal);

        var huge = await analyst.PutJsonAsync("/api/v1/designer/workflows/huge/draft", ApiClient.Serialize(new { xml = new string('x', 1_000_001) }));
        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, huge.StatusCode);

        var other = await analyst.PutJsonAsync("/api/v1/designer/workflows/returns/draft", ApiClient.Serialize(new { xml = await analyst.XmlAsync(1) })).ExpectAsync(HttpStatusCode.OK);
        Assert.Equal("process", other["validation"]!["problems"]![0]!["elementType"]!.GetValue<string>());
        await analyst.PostJsonAsync("/api/v1/designer/workflows/returns/publish", "").ExpectProblemAsync(HttpStatusCode.UnprocessableEntity);
        await analyst.PutJsonAsync("/api/v1/designer/workflows/returns/draft", """{"xml":"<x/>","extra":1}""").ExpectProblemAsync(HttpStatusCode.BadRequest);
        await (await analyst.DeleteAsync("/api/v1/designer/workflows/returns/draft", Ct)).ExpectAsync(HttpStatusCode.NoContent);
    }

    [Theory]
    [InlineData("GET", "/api/v1/designer/workflows")]
    [InlineData("GET", "/api/v1/designer/workflows/warranty-claim/versions")]
    [InlineData("PUT", "/api/v1/designer/workflows/warranty-claim/draft")]
    [InlineData("POST", "/api/v1/designer/workflows/warranty-claim/publish")]
    [InlineData("GET", "/api/v1/designer/capabilities")]
    [InlineData("GET", "/api/v1/designer/forms")]
    [InlineData("POST", "/api/v1/designer/forms/claim-review/publish")]
    public async Task Designer_DealerOrNonAnalystStaff_Is403(string method, string url)
    {
        foreach (var caller in new[] { host.AsDealer("D1001"), await host.AsStaffAsync("hq.reviewer@demo.local") })
        {
            using var request = new HttpRequestMessage(new HttpMethod(method), url);
            if (method is "PUT" or "POST")
            {
                request.Content = new StringContent("""{"xml":"<x/>"}""", System.Text.Encoding.UTF8, "application/json");
            }

            Assert.Equal(HttpStatusCode.Forbidden, (await caller.SendAsync(request, Ct)).StatusCode);
        }
    }

    [Fact]
    public async Task Capabilities_OfferOnlyWhatTheEngineRuns()
    {
        var capabilities = await (await host.AsStaffAsync(DesignerApi.Analyst)).GetObjectAsync("/api/v1/designer/capabilities");
        var elements = Strings(capabilities["elements"]!);
        Assert.Contains("userTask", elements);
        Assert.Contains("boundaryEvent", elements);
        Assert.DoesNotContain("scriptTask", elements);
        Assert.DoesNotContain("inclusiveGateway", elements);
        Assert.Contains("camunda:formKey", Strings(capabilities["camundaAttributes"]!));
        Assert.DoesNotContain("camunda:asyncBefore", Strings(capabilities["camundaAttributes"]!));
        Assert.Contains("claim.approve", Strings(capabilities["taskTopics"]!));
        Assert.Contains("warranty-claim", Strings(capabilities["ruleSets"]!));
        Assert.Contains("claim-review", Strings(capabilities["formKeys"]!));
        Assert.Contains("warranty-reviewers", Strings(capabilities["candidateGroups"]!));
    }

    private static int Running(JsonArray versions, int version) =>
        versions.Single(v => v!["version"]!.GetValue<int>() == version)!["runningInstances"]!.GetValue<int>();

    private static List<string> Changes(JsonObject element) =>
        element["changes"]!.AsArray().Select(c => $"{c!["attribute"]}: {c["from"]} → {c["to"]}").ToList();

    private static List<string> Strings(JsonNode array) => array.AsArray().Select(n => n!.GetValue<string>()).ToList();
}
