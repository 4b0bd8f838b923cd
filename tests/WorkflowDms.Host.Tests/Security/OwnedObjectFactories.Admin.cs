using System.Net;
using WorkflowDms.Host.Tests.Infrastructure;

namespace WorkflowDms.Host.Tests.Security;

/// <summary>Org nodes, dealers, keys, users and role assignments of region R1; outsider: an admin of region R2 only.</summary>
internal static partial class OwnedObjectFactories
{
    private static int userSequence;

    private static void RegisterAdmin(OwnedObjectRegistry registry)
    {
        registry.Add([("GET", "/api/v1/admin/org-nodes/{id}"), ("POST", "/api/v1/admin/org-nodes/{id}/rename")], async c =>
            new OwnedObject(Id(await c.NodeIdAsync("B11")), [await c.RegionTwoAdminAsync()], ["B11", "Jiangsu", "/HQ/R1/"], """{"name":"Taken over"}"""));

        // The body names a target inside the outsider's own region: the source alone must answer 404.
        registry.Add("POST", "/api/v1/admin/org-nodes/{id}/move", async c =>
            new OwnedObject(Id(await c.NodeIdAsync("D1001")), [await c.RegionTwoAdminAsync()], ["D1001", "Nanjing", "/HQ/R1/"],
                ApiClient.Serialize(new { parentId = await c.NodeIdAsync("B21") })));

        registry.Add(
            [("GET", "/api/v1/admin/dealers/{id}"), ("POST", "/api/v1/admin/dealers/{id}/activate"), ("POST", "/api/v1/admin/dealers/{id}/deactivate"),
             ("GET", "/api/v1/admin/dealers/{id}/keys"), ("POST", "/api/v1/admin/dealers/{id}/keys")],
            async c => new OwnedObject(Id(await c.DealerIdAsync("D1001")), [await c.RegionTwoAdminAsync()], ["D1001", "Nanjing", "/HQ/R1/", "wdk_"], """{"label":"stolen"}"""));

        registry.Add("POST", "/api/v1/admin/dealers/{id}/keys/{keyId}/revoke", async c =>
        {
            var dealerId = await c.DealerIdAsync("D1001");
            var issued = await (await c.AdminAsync()).PostJsonAsync($"/api/v1/admin/dealers/{dealerId}/keys", """{"label":"matrix"}""").ExpectAsync(HttpStatusCode.Created);
            var values = Id(dealerId);
            values["keyId"] = issued["metadata"]!["id"]!.GetValue<string>();
            return new OwnedObject(values, [await c.RegionTwoAdminAsync()], ["D1001", "Nanjing", "matrix", "/HQ/R1/"]);
        });

        registry.Add([("GET", "/api/v1/admin/users/{id}"), ("POST", "/api/v1/admin/users/{id}/roles")], async c =>
        {
            var (userId, email, _) = await RegionOneUserAsync(c);
            return new OwnedObject(Id(userId), [await c.RegionTwoAdminAsync()], [email, "/HQ/R1/", "warranty-reviewers"],
                ApiClient.Serialize(new { group = "warranty-reviewers", orgNodeId = await c.NodeIdAsync("R2") }));
        });

        registry.Add("DELETE", "/api/v1/admin/users/{id}/roles/{assignmentId}", async c =>
        {
            var (userId, email, assignmentId) = await RegionOneUserAsync(c);
            var values = Id(userId);
            values["assignmentId"] = assignmentId;
            return new OwnedObject(values, [await c.RegionTwoAdminAsync()], [email, "/HQ/R1/", "warranty-reviewers"]);
        });
    }

    /// <summary>A staff user at R1 holding warranty-reviewers at B11: (id, e-mail, assignment id).</summary>
    private static async Task<(string UserId, string Email, string AssignmentId)> RegionOneUserAsync(MatrixContext c)
    {
        var admin = await c.AdminAsync();
        var email = $"matrix.r1.{Interlocked.Increment(ref userSequence)}@demo.local";
        var user = await admin.PostJsonAsync("/api/v1/admin/users", ApiClient.Serialize(new { email, displayName = "R1 user", password = "Demo-pass-1", orgNodeId = await c.NodeIdAsync("R1") }))
            .ExpectAsync(HttpStatusCode.Created);
        var id = user["id"]!.GetValue<string>();
        var granted = await admin.PostJsonAsync($"/api/v1/admin/users/{id}/roles", ApiClient.Serialize(new { group = "warranty-reviewers", orgNodeId = await c.NodeIdAsync("B11") }))
            .ExpectAsync(HttpStatusCode.OK);
        return (id, email, granted["assignments"]![0]!["id"]!.GetValue<string>());
    }
}
