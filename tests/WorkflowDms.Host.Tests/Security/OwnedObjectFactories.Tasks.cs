namespace WorkflowDms.Host.Tests.Security;

/// <summary>Review tasks of D1001 claims (region R1); outsider: the branch-B21 reviewer of the same group.</summary>
internal static partial class OwnedObjectFactories
{
    private static void RegisterTasks(OwnedObjectRegistry registry)
    {
        registry.Add("GET", "/api/v1/tasks/{id}", c => TaskAsync(c, body: null));
        registry.Add("POST", "/api/v1/tasks/{id}/claim", c => TaskAsync(c, body: null));
        registry.Add("POST", "/api/v1/tasks/{id}/unclaim", c => TaskAsync(c, body: null));
        registry.Add("POST", "/api/v1/tasks/{id}/complete", c => TaskAsync(c, """{"decision":"approve"}"""));
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
