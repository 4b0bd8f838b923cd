using System.Net;
using System.Text.Json.Nodes;
using Microsoft.Extensions.DependencyInjection;
using WorkflowDms.Application.Inbox;
using WorkflowDms.Host.Tests.Infrastructure;

namespace WorkflowDms.Host.Tests.Designer;

/// <summary>Task forms: shipped form-js schemas deployed at start-up, read by the inbox, edited and published by analysts.</summary>
public sealed class FormTests(HostFixture host) : IClassFixture<HostFixture>
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task EveryRegisteredTaskForm_HasAShippedSchemaOfferingExactlyItsDecisions()
    {
        var reviewer = await host.AsStaffAsync("hq.reviewer@demo.local");
        foreach (var form in host.Services.GetServices<ITaskForm>())
        {
            var schema = await reviewer.GetObjectAsync($"/api/v1/forms/{form.FormKey}");
            var decision = schema["components"]!.AsArray().Single(c => c!["key"]?.GetValue<string>() == "decision")!;
            Assert.Equal(form.Decisions, decision["values"]!.AsArray().Select(v => v!["value"]!.GetValue<string>()));
        }
    }

    [Fact]
    public async Task Forms_DealerGets403_UnknownKeyIs404()
    {
        Assert.Equal(HttpStatusCode.Forbidden, (await host.AsDealer("D1001").GetAsync("/api/v1/forms/claim-review", Ct)).StatusCode);
        await (await (await host.AsStaffAsync("hq.reviewer@demo.local")).GetAsync("/api/v1/forms/no-such-form", Ct)).ExpectProblemAsync(HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task DesignerList_ShowsWhereEachFormIsUsed()
    {
        var forms = await (await host.AsStaffAsync(DesignerApi.Analyst)).GetArrayAsync("/api/v1/designer/forms");
        var review = forms.Single(f => f!["formKey"]!.GetValue<string>() == "claim-review")!;
        Assert.Equal(1, review["latestVersion"]!.GetValue<int>());
        var usedBy = review["usedBy"]!.AsArray().Select(u => $"{u!["processId"]}/{u["elementId"]}").ToList();
        Assert.Contains("warranty-claim/reviewClaim", usedBy);
        Assert.Contains("warranty-claim/supervisorReview", usedBy);
    }

    [Fact]
    public async Task Draft_OfferingADecisionTheTaskRefuses_IsSavedInvalid_PublishIs422_ValidChangePublishesV2()
    {
        var analyst = await host.AsStaffAsync(DesignerApi.Analyst);
        const string url = "/api/v1/designer/forms/claim-appeal-review/draft";
        var schema = JsonNode.Parse((await analyst.GetObjectAsync("/api/v1/designer/forms/claim-appeal-review/versions/1"))["schema"]!.ToJsonString())!.AsObject();
        var values = schema["components"]!.AsArray().Single(c => c!["key"]?.GetValue<string>() == "decision")!["values"]!.AsArray();
        values.Add(new JsonObject { ["label"] = "Escalate", ["value"] = "escalate" });

        var draft = await analyst.PutJsonAsync(url, new JsonObject { ["schema"] = schema.DeepClone(), ["basedOnVersion"] = 1 }.ToJsonString()).ExpectAsync(HttpStatusCode.OK);
        Assert.False(draft["validation"]!["valid"]!.GetValue<bool>());
        Assert.Contains(draft["validation"]!["problems"]!.AsArray(), p => p!["message"]!.GetValue<string>().Contains("'escalate'", StringComparison.Ordinal));
        var refused = await analyst.PostJsonAsync("/api/v1/designer/forms/claim-appeal-review/publish", "{}").ExpectProblemAsync(HttpStatusCode.UnprocessableEntity);
        Assert.NotEmpty(refused["problems"]!.AsArray());

        values.RemoveAt(values.Count - 1);
        values[0]!["label"] = "Approve the appeal";
        var etag = draft["etag"]!.GetValue<string>();
        await analyst.PutJsonAsync(url, new JsonObject { ["schema"] = schema.DeepClone(), ["etag"] = "stale" }.ToJsonString()).ExpectProblemAsync(HttpStatusCode.Conflict);
        var fixedDraft = await analyst.PutJsonAsync(url, new JsonObject { ["schema"] = schema.DeepClone(), ["etag"] = etag }.ToJsonString()).ExpectAsync(HttpStatusCode.OK);
        Assert.True(fixedDraft["validation"]!["valid"]!.GetValue<bool>(), fixedDraft.ToJsonString());
        var published = await analyst.PostJsonAsync("/api/v1/designer/forms/claim-appeal-review/publish", """{"comment":"clearer label"}""").ExpectAsync(HttpStatusCode.OK);
        Assert.Equal(2, published["version"]!.GetValue<int>());
        Assert.Equal(DesignerApi.Analyst, published["publishedBy"]!.GetValue<string>());

        var inbox = await (await host.AsStaffAsync("hq.supervisor@demo.local")).GetObjectAsync("/api/v1/forms/claim-appeal-review");
        Assert.Contains("Approve the appeal", inbox.ToJsonString(), StringComparison.Ordinal);
        var versions = await analyst.GetArrayAsync("/api/v1/designer/forms/claim-appeal-review/versions");
        Assert.Equal(["designer", "file"], versions.Select(v => v!["source"]!.GetValue<string>()));
        Assert.Contains(await Claims.WarrantyApi.AuditAsync(host, "form:claim-appeal-review"), e => e["action"]!.GetValue<string>() == "FormPublished" && e["data"]!["version"]!.GetValue<int>() == 2);
    }

    [Fact]
    public async Task Draft_WithAFieldOutsideTheDecisionBody_IsReportedByPath()
    {
        var analyst = await host.AsStaffAsync(DesignerApi.Analyst);
        var body = """{"schema":{"type":"default","components":[{"type":"radio","key":"decision","values":[{"label":"A","value":"approve"}]},{"type":"textfield","key":"mileage"},{"type":"dynamiclist","key":"x"}]}}""";
        var draft = await analyst.PutJsonAsync("/api/v1/designer/forms/order-approval/draft", body).ExpectAsync(HttpStatusCode.OK);
        var paths = draft["validation"]!["problems"]!.AsArray().Select(p => p!["path"]!.GetValue<string>()).ToList();
        Assert.Contains("components[1].key", paths);
        Assert.Contains("components[2].type", paths);
        await analyst.PutJsonAsync("/api/v1/designer/forms/order-approval/draft", """{"schema":[1,2]}""").ExpectProblemAsync(HttpStatusCode.BadRequest);
        await (await analyst.DeleteAsync("/api/v1/designer/forms/order-approval/draft", Ct)).ExpectAsync(HttpStatusCode.NoContent);
    }
}
