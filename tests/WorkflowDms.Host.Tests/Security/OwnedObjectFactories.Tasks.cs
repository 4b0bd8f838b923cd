using System.Net;
using WorkflowDms.Host.Tests.Infrastructure;

namespace WorkflowDms.Host.Tests.Security;

/// <summary>
/// Review tasks of D1001 claims (region R1); outsider: the branch-B21 reviewer of the same group. Saved filters
/// belong to their author; outsider: any other staff user.
/// </summary>
internal static partial class OwnedObjectFactories
{
    private static void RegisterTasks(OwnedObjectRegistry registry)
    {
        registry.Add("GET", "/api/v1/tasks/{id}", c => TaskAsync(c, body: null));
        registry.Add("POST", "/api/v1/tasks/{id}/claim", c => TaskAsync(c, body: null));
        registry.Add("POST", "/api/v1/tasks/{id}/unclaim", c => TaskAsync(c, body: null));
        registry.Add("POST", "/api/v1/tasks/{id}/complete", c => TaskAsync(c, """{"decision":"approve"}"""));
        registry.Add("GET", "/api/v1/tasks/{id}/case", c => TaskAsync(c, body: null));
        registry.Add("GET", "/api/v1/tasks/{id}/comments", c => TaskAsync(c, body: null));
        registry.Add("POST", "/api/v1/tasks/{id}/comments", c => TaskAsync(c, """{"text":"Looks fine"}"""));
        registry.Add("POST", "/api/v1/tasks/{id}/delegate", c => TaskAsync(c, """{"to":"hq.supervisor@demo.local"}"""));
        registry.Add("DELETE", "/api/v1/tasks/filters/{id}", SavedFilterAsync);
    }

    private static int filterSequence;

    private static async Task<OwnedObject> SavedFilterAsync(MatrixContext c)
    {
        var name = $"Matrix filter {Interlocked.Increment(ref filterSequence)}";
        var filter = await (await c.StaffAsync("hq.reviewer@demo.local"))
            .PostJsonAsync("/api/v1/tasks/filters", ApiClient.Serialize(new { name, query = new { dealer = "D1001" } }))
            .ExpectAsync(HttpStatusCode.Created);
        return new OwnedObject(Id(filter["id"]!.GetValue<string>()), [await c.StaffAsync("b21.reviewer@demo.local"), await c.StaffAsync("hq.supervisor@demo.local")], [name]);
    }

    private static async Task<OwnedObject> TaskAsync(MatrixContext c, string? body)
    {
        var claim = await ClaimAsync(c, body: null, dealerOutsider: false, staffOutsider: false);
        var claimId = claim.RouteValues["id"];
        var inbox = await MatrixContext.GetJsonAsync(await c.StaffAsync("hq.reviewer@demo.local"), "/api/v1/tasks?limit=200");
        var task = inbox["items"]!.AsArray().Last(t => t!["caseId"]!.GetValue<string>() == claimId)!;
        return new OwnedObject(Id(task["id"]!.GetValue<string>()), [await c.StaffAsync("b21.reviewer@demo.local")], [.. claim.Secrets, claimId], body);
    }
}
