using System.Net;
using WorkflowDms.Host.Tests.Infrastructure;

namespace WorkflowDms.Host.Tests.Security;

/// <summary>
/// The designer's workflows live at the root of the org tree (HQ). The outsider is the region-2 admin: the analyst
/// policy lets admins in, but one who holds the role only in R2 must find no process, version or draft (404).
/// </summary>
internal static partial class OwnedObjectFactories
{
    private const string MatrixProcess = "matrix-process";
    private const string MatrixDraftMarker = "MATRIX-DRAFT-SECRET";

    private static void RegisterDesigner(OwnedObjectRegistry registry)
    {
        registry.Add(
            [
                ("GET", "/api/v1/designer/workflows/{processId}/versions"),
                ("GET", "/api/v1/designer/workflows/{processId}/versions/{version}"),
                ("GET", "/api/v1/designer/workflows/{processId}/diff"),
            ],
            async c => new OwnedObject(
                new Dictionary<string, string>(StringComparer.Ordinal) { ["processId"] = "warranty-claim", ["version"] = "1" },
                [await c.RegionTwoAdminAsync()],
                ["bpmn:definitions", "claimSubmitted", "publishedBy"]));

        registry.Add(
            [
                ("GET", "/api/v1/designer/workflows/{processId}/draft"),
                ("PUT", "/api/v1/designer/workflows/{processId}/draft"),
                ("DELETE", "/api/v1/designer/workflows/{processId}/draft"),
            ],
            c => MatrixDraftObjectAsync(c, ApiClient.Serialize(new { xml = "<outsider/>" })));

        registry.Add("POST", "/api/v1/designer/workflows/{processId}/publish", c => MatrixDraftObjectAsync(c, ApiClient.Serialize(new { comment = "outsider" })));
    }

    private static async Task<OwnedObject> MatrixDraftObjectAsync(MatrixContext c, string body)
    {
        await MatrixDraftAsync(c);
        return new OwnedObject(
            new Dictionary<string, string>(StringComparer.Ordinal) { ["processId"] = MatrixProcess },
            [await c.RegionTwoAdminAsync()],
            [MatrixDraftMarker, "analyst@demo.local", "etag"],
            body);
    }

    /// <summary>A draft of a process that exists only as a draft, saved by the HQ analyst (replaced when it exists).</summary>
    private static async Task MatrixDraftAsync(MatrixContext c)
    {
        var analyst = await c.StaffAsync("analyst@demo.local");
        var url = $"/api/v1/designer/workflows/{MatrixProcess}/draft";
        var current = await analyst.GetAsync(url, MatrixContext.Ct);
        var etag = current.StatusCode == HttpStatusCode.OK ? (await current.ExpectAsync(HttpStatusCode.OK))["etag"]!.GetValue<string>() : null;
        using var content = new StringContent(ApiClient.Serialize(new { xml = $"<definitions name=\"{MatrixDraftMarker}\"/>", etag }), System.Text.Encoding.UTF8, "application/json");
        await (await analyst.PutAsync(url, content, MatrixContext.Ct)).ExpectAsync(HttpStatusCode.OK);
    }
}
