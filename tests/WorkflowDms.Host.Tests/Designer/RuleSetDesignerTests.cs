using System.Net;
using System.Text.Json.Nodes;
using Microsoft.Extensions.DependencyInjection;
using WorkflowDms.Application.Designer.RuleSets;
using WorkflowDms.Host.Tests.Infrastructure;
using WorkflowDms.Host.Tests.Security;

namespace WorkflowDms.Host.Tests.Designer;

/// <summary>
/// Issue 4, rule sets: an analyst lowers the warranty review threshold in a draft, tries it on the test bench,
/// publishes it, and a new claim follows the new version while an earlier claim keeps its stored results.
/// </summary>
public sealed class RuleSetDesignerTests(HostFixture host) : IClassFixture<HostFixture>
{
    private const string Base = "/api/v1/designer/rule-sets";
    private const string ReviewRule = "W-32-above-auto-approval-limit";

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task LowerReviewThreshold_TestBenchShowsTheDifference_PublishedVersionRoutesNewClaimsAndOldClaimsKeepTheirResults()
    {
        var dealer = host.AsDealer("D1001");
        var earlier = await dealer.PostJsonAsync("/api/v1/claims", ApiClient.Serialize(DemoClaims.Wiper("RS-WIPER-1"))).ExpectAsync(HttpStatusCode.Created);
        Assert.Equal("auto-pass", earlier["ruleResults"]!["decision"]!.GetValue<string>());
        var startVersion = earlier["ruleResults"]!["version"]!.GetValue<int>();
        Assert.True(startVersion >= 1);

        var analyst = await host.AsStaffAsync("analyst@demo.local");
        var latest = await GetAsync(analyst, $"{Base}/warranty-claim/versions/{startVersion}");
        Assert.Contains(latest["inputs"]!.AsArray(), i => i!["name"]!.GetValue<string>() == "claim" && i["type"]!.GetValue<string>() == "ClaimFacts");
        var rules = latest["rules"]!.AsArray();
        var review = rules.Single(r => r!["name"]!.GetValue<string>() == ReviewRule)!.AsObject();
        review["expression"] = "claim.TotalAmount > 100 && !claim.HasValidPreAuthorization";
        review.Remove("output"); // a table that does not show outputs must not lose them
        var draft = await PutDraftAsync(analyst, "warranty-claim", rules, etag: null).ExpectAsync(HttpStatusCode.OK);
        Assert.Empty(draft["problems"]!.AsArray());
        Assert.Equal("warranty-reviewer", draft["rules"]!.AsArray().Single(r => r!["name"]!.GetValue<string>() == ReviewRule)!["output"]!.GetValue<string>());

        var samples = await GetArrayAsync(analyst, $"{Base}/warranty-claim/samples");
        var wiper = samples.Single(s => s!["name"]!.GetValue<string>() == "wiper-auto-pass")!["facts"]!;
        var onDraft = await TestAsync(analyst, "warranty-claim", wiper, "\"draft\"").ExpectAsync(HttpStatusCode.OK);
        var onLatest = await TestAsync(analyst, "warranty-claim", wiper, "\"latest\"").ExpectAsync(HttpStatusCode.OK);
        Assert.True(Fired(onDraft, ReviewRule));
        Assert.Equal("route", onDraft["outcome"]!.GetValue<string>());
        Assert.Contains("AC", onDraft["reasonCodes"]!.AsArray().Select(c => c!.GetValue<string>()));
        Assert.False(Fired(onLatest, ReviewRule));
        Assert.Equal("auto-pass", onLatest["outcome"]!.GetValue<string>());
        Assert.Equal(startVersion, onLatest["version"]!.GetValue<int>());

        var diff = await GetAsync(analyst, $"{Base}/warranty-claim/diff?from={startVersion}&to=draft");
        var changed = Assert.Single(diff["changed"]!.AsArray());
        Assert.Equal(ReviewRule, changed!["name"]!.GetValue<string>());
        Assert.Equal("expression", Assert.Single(changed["changes"]!.AsArray())!["field"]!.GetValue<string>());

        var published = await analyst.PostJsonAsync($"{Base}/warranty-claim/publish", """{"comment":"Review claims above 100.00"}""").ExpectAsync(HttpStatusCode.Created);
        Assert.Equal(startVersion + 1, published["version"]!.GetValue<int>());
        Assert.Equal("designer", published["source"]!.GetValue<string>());
        Assert.Equal("analyst@demo.local", published["publishedBy"]!.GetValue<string>());
        await (await analyst.GetAsync($"{Base}/warranty-claim/draft", Ct)).ExpectProblemAsync(HttpStatusCode.NotFound);

        var later = await dealer.PostJsonAsync("/api/v1/claims", ApiClient.Serialize(DemoClaims.Wiper("RS-WIPER-2"))).ExpectAsync(HttpStatusCode.Created);
        Assert.Equal("PendingReview", later["status"]!.GetValue<string>());
        Assert.Equal("route", later["ruleResults"]!["decision"]!.GetValue<string>());
        Assert.Equal(startVersion + 1, later["ruleResults"]!["version"]!.GetValue<int>());

        var before = await GetAsync(dealer, $"/api/v1/claims/{earlier["id"]}");
        Assert.Equal(earlier["status"]!.GetValue<string>(), before["status"]!.GetValue<string>());
        Assert.Equal("auto-pass", before["ruleResults"]!["decision"]!.GetValue<string>());
        Assert.Equal(startVersion, before["ruleResults"]!["version"]!.GetValue<int>());

        var admin = await host.AsStaffAsync("admin@demo.local");
        var claimAudit = await AuditAsync(admin, $"claim:{later["id"]}");
        var evaluated = claimAudit.First(e => e!["action"]!.GetValue<string>() == "RulesEvaluated")!;
        Assert.Equal(startVersion + 1, evaluated["data"]!["version"]!.GetValue<int>());
        var ruleSetAudit = await AuditAsync(admin, "rule-set:warranty-claim");
        Assert.Contains(ruleSetAudit, e => e!["action"]!.GetValue<string>() == "RuleSetPublished" && e["actor"]!.GetValue<string>() == "analyst@demo.local");

        var versions = await GetArrayAsync(analyst, $"{Base}/warranty-claim/versions");
        Assert.Equal(startVersion + 1, versions[0]!["version"]!.GetValue<int>());
        Assert.Equal("Review claims above 100.00", versions[0]!["comment"]!.GetValue<string>());
        var list = await GetArrayAsync(analyst, Base);
        var summary = list.Single(s => s!["name"]!.GetValue<string>() == "warranty-claim")!;
        Assert.Equal(startVersion + 1, summary["latestVersion"]!.GetValue<int>());
        Assert.Equal(startVersion + 1, summary["liveVersion"]!.GetValue<int>());
        Assert.False(summary["hasDraft"]!.GetValue<bool>());
    }

    [Fact]
    public async Task CheckExpression_TypoIsNotOkWithTheCompilersMessage_ValidIsOk()
    {
        var analyst = await host.AsStaffAsync("analyst@demo.local");

        var typo = await analyst.PostJsonAsync($"{Base}/warranty-claim/check-expression", """{"expression":"claim.TotalAmont > 100"}""").ExpectAsync(HttpStatusCode.OK);
        var valid = await analyst.PostJsonAsync($"{Base}/warranty-claim/check-expression", """{"expression":"claim.TotalAmount > 100"}""").ExpectAsync(HttpStatusCode.OK);

        Assert.False(typo["ok"]!.GetValue<bool>());
        Assert.Contains("TotalAmont", typo["message"]!.GetValue<string>(), StringComparison.Ordinal);
        Assert.True(valid["ok"]!.GetValue<bool>());
        await analyst.PostJsonAsync($"{Base}/no-such-set/check-expression", """{"expression":"true"}""").ExpectProblemAsync(HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task PublishBrokenDraft_Is422WithTheProblem_AndNothingChanges()
    {
        var analyst = await host.AsStaffAsync("analyst@demo.local");
        var versionsBefore = await GetArrayAsync(analyst, $"{Base}/returns-policy/versions");
        var latest = versionsBefore[0]!["version"]!.GetValue<int>();
        var rules = (await GetAsync(analyst, $"{Base}/returns-policy/versions/{latest}"))["rules"]!.AsArray();
        var broken = rules[0]!.AsObject();
        var brokenName = broken["name"]!.GetValue<string>();
        broken["expression"] = "request.NoSuchMember > 1";

        var draft = await PutDraftAsync(analyst, "returns-policy", rules, etag: null).ExpectAsync(HttpStatusCode.OK);
        Assert.Contains(draft["problems"]!.AsArray(), p => p!["rule"]?.GetValue<string>() == brokenName);

        var problem = await analyst.PostJsonAsync($"{Base}/returns-policy/publish", "{}").ExpectProblemAsync(HttpStatusCode.UnprocessableEntity);
        Assert.Contains(problem["problems"]!.AsArray(), p => p!["rule"]?.GetValue<string>() == brokenName);

        var versionsAfter = await GetArrayAsync(analyst, $"{Base}/returns-policy/versions");
        Assert.Equal(versionsBefore.Count, versionsAfter.Count);
        var summary = (await GetArrayAsync(analyst, Base)).Single(s => s!["name"]!.GetValue<string>() == "returns-policy")!;
        Assert.Equal(latest, summary["liveVersion"]!.GetValue<int>());
        Assert.True(summary["hasDraft"]!.GetValue<bool>());

        var onDraft = await TestAsync(analyst, "returns-policy", new JsonObject(), "\"draft\"");
        await onDraft.ExpectProblemAsync(HttpStatusCode.UnprocessableEntity);
        await (await analyst.DeleteAsync($"{Base}/returns-policy/draft", Ct)).ExpectAsync(HttpStatusCode.NoContent);
    }

    [Fact]
    public async Task SaveDraft_WithAStaleOrMissingEtag_Is409_AndTheCurrentEtagWins()
    {
        var analyst = await host.AsStaffAsync("analyst@demo.local");
        var admin = await host.AsStaffAsync("admin@demo.local");
        var rules = (await GetAsync(analyst, $"{Base}/order-policy/versions/1"))["rules"]!.AsArray();

        var first = await PutDraftAsync(analyst, "order-policy", rules, etag: null).ExpectAsync(HttpStatusCode.OK);
        var etag = first["etag"]!.GetValue<string>();
        var second = await PutDraftAsync(admin, "order-policy", rules, etag).ExpectAsync(HttpStatusCode.OK);
        Assert.NotEqual(etag, second["etag"]!.GetValue<string>());

        await PutDraftAsync(analyst, "order-policy", rules, etag).ExpectProblemAsync(HttpStatusCode.Conflict);
        await PutDraftAsync(analyst, "order-policy", rules, etag: null).ExpectProblemAsync(HttpStatusCode.Conflict);
        var current = await GetAsync(analyst, $"{Base}/order-policy/draft");
        Assert.Equal(second["etag"]!.GetValue<string>(), current["etag"]!.GetValue<string>());
        Assert.Equal("admin@demo.local", current["updatedBy"]!.GetValue<string>());
    }

    [Fact]
    public async Task Restart_WithTheShippedFileUnchanged_KeepsTheDesignersVersionLive()
    {
        var analyst = await host.AsStaffAsync("analyst@demo.local");
        var rules = (await GetAsync(analyst, $"{Base}/credit-policy/versions/1"))["rules"]!.AsArray();
        rules[0]!["message"] = "Reworded by the analyst.";
        await PutDraftAsync(analyst, "credit-policy", rules, etag: null).ExpectAsync(HttpStatusCode.OK);
        var published = await analyst.PostJsonAsync($"{Base}/credit-policy/publish", "{}").ExpectAsync(HttpStatusCode.Created);
        var designerVersion = published["version"]!.GetValue<int>();

        await using (var scope = host.Services.CreateAsyncScope())
        {
            await scope.ServiceProvider.GetRequiredService<RuleSetDeployer>().DeployShippedAsync(Ct);
        }

        var versions = await GetArrayAsync(analyst, $"{Base}/credit-policy/versions");
        Assert.Equal(designerVersion, versions[0]!["version"]!.GetValue<int>());
        Assert.Equal("designer", versions[0]!["source"]!.GetValue<string>());
        var summary = (await GetArrayAsync(analyst, Base)).Single(s => s!["name"]!.GetValue<string>() == "credit-policy")!;
        Assert.Equal(designerVersion, summary["liveVersion"]!.GetValue<int>());
    }

    [Fact]
    public async Task AdminOfOneRegion_SeesNoRuleSets()
    {
        var regionAdmin = await new MatrixContext(host).RegionTwoAdminAsync();

        Assert.Empty(await GetArrayAsync(regionAdmin, Base));
        await (await regionAdmin.GetAsync($"{Base}/warranty-claim/versions", Ct)).ExpectProblemAsync(HttpStatusCode.NotFound);
        await regionAdmin.PostJsonAsync($"{Base}/warranty-claim/check-expression", """{"expression":"true"}""").ExpectProblemAsync(HttpStatusCode.NotFound);
    }

    [Theory]
    [InlineData("""{"facts":{"claim":{"totalAmont":5}},"source":"latest"}""", "facts.claim.totalAmont")]
    [InlineData("""{"facts":{"claim":{"totalAmount":"lots"}}}""", "facts.claim.totalAmount")]
    [InlineData("""{"facts":[1],"source":"latest"}""", "facts")]
    [InlineData("""{"facts":{},"source":"newest"}""", "source")]
    [InlineData("""{"facts":{},"sauce":"latest"}""", "sauce")]
    public async Task TestBench_BadFacts_Is400NamingTheField(string body, string field)
    {
        var analyst = await host.AsStaffAsync("analyst@demo.local");

        var problem = await analyst.PostJsonAsync($"{Base}/warranty-claim/test", body).ExpectProblemAsync(HttpStatusCode.BadRequest);

        Assert.Equal(field, problem["field"]!.GetValue<string>());
    }

    [Fact]
    public async Task NonAnalystStaffAndDealers_Get403()
    {
        var reviewer = await host.AsStaffAsync("hq.reviewer@demo.local");
        var dealer = host.AsDealer("D1001");

        foreach (var client in new[] { reviewer, dealer })
        {
            Assert.Equal(HttpStatusCode.Forbidden, (await client.GetAsync(Base, Ct)).StatusCode);
            Assert.Equal(HttpStatusCode.Forbidden, (await client.GetAsync($"{Base}/warranty-claim/versions", Ct)).StatusCode);
            Assert.Equal(HttpStatusCode.Forbidden, (await client.PostJsonAsync($"{Base}/warranty-claim/publish", "{}")).StatusCode);
            Assert.Equal(HttpStatusCode.Forbidden, (await client.PostJsonAsync($"{Base}/warranty-claim/check-expression", """{"expression":"true"}""")).StatusCode);
        }

        Assert.Equal(HttpStatusCode.Unauthorized, (await host.CreateClient().GetAsync(Base, Ct)).StatusCode);
    }

    private static bool Fired(JsonObject run, string rule) =>
        run["rules"]!.AsArray().Single(r => r!["name"]!.GetValue<string>() == rule)!["fired"]!.GetValue<bool>();

    private static Task<HttpResponseMessage> PutDraftAsync(HttpClient client, string name, JsonArray rules, string? etag)
    {
        var body = new JsonObject { ["rules"] = rules.DeepClone(), ["etag"] = etag };
        var request = new HttpRequestMessage(HttpMethod.Put, $"{Base}/{name}/draft")
        {
            Content = new StringContent(body.ToJsonString(), System.Text.Encoding.UTF8, "application/json"),
        };
        return client.SendAsync(request, Ct);
    }

    private static Task<HttpResponseMessage> TestAsync(HttpClient client, string name, JsonNode facts, string source) =>
        client.PostJsonAsync($"{Base}/{name}/test", $$"""{"facts":{{facts.ToJsonString()}},"source":{{source}}}""");

    /// <summary>The audit entries of a subject (the list is an array, or a page with items).</summary>
    private static async Task<JsonArray> AuditAsync(HttpClient client, string subject)
    {
        var body = await (await client.GetAsync($"/api/v1/audit?subject={Uri.EscapeDataString(subject)}", Ct)).Content.ReadAsStringAsync(Ct);
        var node = JsonNode.Parse(body)!;
        return node as JsonArray ?? node["items"]!.AsArray();
    }

    private static async Task<JsonObject> GetAsync(HttpClient client, string url) =>
        await (await client.GetAsync(url, Ct)).ExpectAsync(HttpStatusCode.OK);

    private static async Task<JsonArray> GetArrayAsync(HttpClient client, string url)
    {
        var response = await client.GetAsync(url, Ct);
        var body = await response.Content.ReadAsStringAsync(Ct);
        Assert.True(response.StatusCode == HttpStatusCode.OK, $"GET {url}: {(int)response.StatusCode} {body}");
        return JsonNode.Parse(body)!.AsArray();
    }
}
