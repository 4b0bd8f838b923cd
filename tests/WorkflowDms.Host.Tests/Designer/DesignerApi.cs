using System.Net;
using System.Text;
using System.Text.Json.Nodes;
using WorkflowDms.Host.Tests.Infrastructure;

namespace WorkflowDms.Host.Tests.Designer;

/// <summary>Helpers for the designer tests: the analyst, JSON PUTs, arrays, and the warranty-claim process.</summary>
internal static class DesignerApi
{
    public const string Analyst = "analyst@demo.local";
    public const string Process = "warranty-claim";

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    public static Task<HttpResponseMessage> PutJsonAsync(this HttpClient client, string url, string json) =>
        client.PutAsync(url, new StringContent(json, Encoding.UTF8, "application/json"), Ct);

    public static async Task<JsonArray> GetArrayAsync(this HttpClient client, string url)
    {
        var response = await client.GetAsync(url, Ct);
        var text = await response.Content.ReadAsStringAsync(Ct);
        Assert.True(response.StatusCode == HttpStatusCode.OK, $"GET {url}: {(int)response.StatusCode} {text}");
        return JsonNode.Parse(text)!.AsArray();
    }

    public static async Task<JsonObject> GetObjectAsync(this HttpClient client, string url) =>
        await (await client.GetAsync(url, Ct)).ExpectAsync(HttpStatusCode.OK);

    public static async Task<int> LatestVersionAsync(this HttpClient analyst, string processId = Process) =>
        (await analyst.GetArrayAsync($"/api/v1/designer/workflows/{processId}/versions"))[0]!["version"]!.GetValue<int>();

    public static async Task<string> XmlAsync(this HttpClient analyst, int version, string processId = Process) =>
        (await analyst.GetObjectAsync($"/api/v1/designer/workflows/{processId}/versions/{version}"))["xml"]!.GetValue<string>();

    /// <summary>Saves a draft, reading the current etag first when one exists (the analysts share one draft).</summary>
    public static async Task<JsonObject> SaveDraftAsync(this HttpClient analyst, string xml, int? basedOnVersion, string processId = Process)
    {
        var current = await analyst.GetAsync($"/api/v1/designer/workflows/{processId}/draft", Ct);
        var etag = current.StatusCode == HttpStatusCode.OK ? (await current.ExpectAsync(HttpStatusCode.OK))["etag"]!.GetValue<string>() : null;
        return await analyst.PutJsonAsync($"/api/v1/designer/workflows/{processId}/draft", ApiClient.Serialize(new { xml, basedOnVersion, etag }))
            .ExpectAsync(HttpStatusCode.OK);
    }

    /// <summary>The warranty claim with a triage task between routing and review: routeToReview → triageClaim → reviewClaim.</summary>
    public static string WithTriageTask(string xml)
    {
        const string flow = """<bpmn:sequenceFlow id="routedToReview" sourceRef="routeToReview" targetRef="reviewClaim" />""";
        Assert.Contains(flow, xml, StringComparison.Ordinal);
        return xml.Replace(flow, """
            <bpmn:sequenceFlow id="routedToReview" sourceRef="routeToReview" targetRef="triageClaim" />
                <bpmn:userTask id="triageClaim" name="Triage claim" camunda:candidateGroups="warranty-reviewers" camunda:dueDate="P1D" />
                <bpmn:sequenceFlow id="triaged" sourceRef="triageClaim" targetRef="reviewClaim" />
            """, StringComparison.Ordinal);
    }

    /// <summary>The warranty claim with a script task (outside the subset) on the auto-approval path.</summary>
    public static string WithScriptTask(string xml)
    {
        const string flow = """<bpmn:sequenceFlow id="routedToReview" sourceRef="routeToReview" targetRef="reviewClaim" />""";
        Assert.Contains(flow, xml, StringComparison.Ordinal);
        return xml.Replace(flow, """
            <bpmn:sequenceFlow id="routedToReview" sourceRef="routeToReview" targetRef="scoreClaim" />
                <bpmn:scriptTask id="scoreClaim" name="Score claim" scriptFormat="javascript"><bpmn:script>1</bpmn:script></bpmn:scriptTask>
                <bpmn:sequenceFlow id="scored" sourceRef="scoreClaim" targetRef="reviewClaim" />
            """, StringComparison.Ordinal);
    }
}
