using System.Net;
using System.Text.Json.Nodes;
using WorkflowDms.Reliability.Tests.Infrastructure;

namespace WorkflowDms.Reliability.Tests.CrashLoop;

/// <summary>What must hold after the crashes, checked over the API of the restarted host.</summary>
internal sealed class CrashLoopVerifier(HttpClient dealer, Uri baseAddress, ITestOutputHelper output)
{
    public async Task VerifyAsync(IReadOnlyList<Acknowledged> acknowledged, CancellationToken ct)
    {
        var claims = await AllClaimsAsync(ct);
        var byNumber = claims.GroupBy(c => c["dealerClaimNumber"]!.GetValue<string>()).ToDictionary(g => g.Key, g => g.ToList());

        var twice = byNumber.Where(g => g.Value.Count > 1).Select(g => g.Key).ToList();
        Assert.True(twice.Count == 0, $"claims stored more than once: {string.Join(", ", twice)}");
        Assert.Equal(acknowledged.Count, acknowledged.Select(a => a.ClaimId).Distinct().Count());
        foreach (var ack in acknowledged)
        {
            Assert.True(byNumber.TryGetValue(ack.DealerClaimNumber, out var found), $"acknowledged claim {ack.DealerClaimNumber} ({ack.Key}) is lost");
            Assert.Equal(ack.ClaimId, found[0]["id"]!.GetValue<string>());
        }

        // Every key was eventually acknowledged, so nothing else may exist: no claim from an unacknowledged attempt.
        Assert.Equal(acknowledged.Count, claims.Count);

        var reviewer = NewClient();
        await reviewer.LogInAsync("hq.reviewer@demo.local", ct);
        var tasks = await reviewer.OpenClaimTasksAsync(ct);
        foreach (var ack in acknowledged)
        {
            var status = byNumber[ack.DealerClaimNumber][0]["status"]!.GetValue<string>();
            // A wiper claim is approved automatically straight into payment; a catalytic converter waits for review.
            Assert.True(status == (ack.NeedsReview ? "PendingReview" : "ApprovedForPayment"), $"{ack.DealerClaimNumber} stands at {status}");
            Assert.True(!ack.NeedsReview || tasks.ContainsKey(ack.ClaimId), $"{ack.DealerClaimNumber} waits for review without an open task");
        }

        // The instances written before the crashes move on after them: decide a few reviews.
        foreach (var ack in acknowledged.Where(a => a.NeedsReview).Take(3))
        {
            await (await reviewer.PostJsonAsync($"/api/v1/tasks/{tasks[ack.ClaimId]}/complete", """{"decision":"approve"}""", null, ct)).ExpectAsync(HttpStatusCode.OK, ct);
            var claim = await dealer.GetJsonAsync(new Uri(baseAddress, $"/api/v1/claims/{ack.ClaimId}").ToString(), ct);
            // The converter is a returnable part: an approved claim waits for it to come back.
            Assert.Equal("PartsReturnPending", claim["status"]!.GetValue<string>());
        }

        var admin = NewClient();
        await admin.LogInAsync("admin@demo.local", ct);
        var verify = await admin.GetJsonAsync("/api/v1/audit/verify", ct);
        Assert.True(verify["valid"]!.GetValue<bool>(), verify.ToJsonString());
        Assert.Equal(acknowledged.Count, await admin.CountAuditAsync("ClaimSubmitted", ct));
        output.WriteLine($"{claims.Count} claims each once, {tasks.Count} open review tasks, audit chain of {verify["entries"]} entries valid");
    }

    private HttpClient NewClient() => new() { BaseAddress = baseAddress, Timeout = TimeSpan.FromSeconds(30) };

    private async Task<List<JsonObject>> AllClaimsAsync(CancellationToken ct)
    {
        var claims = new List<JsonObject>();
        string? cursor = null;
        do
        {
            var url = new Uri(baseAddress, "/api/v1/claims?limit=200" + (cursor is null ? "" : "&after=" + Uri.EscapeDataString(cursor))).ToString();
            var page = await dealer.GetJsonAsync(url, ct);
            claims.AddRange(page["items"]!.AsArray().Select(c => c!.AsObject()));
            cursor = page["nextCursor"]?.GetValue<string>();
        }
        while (cursor is not null);

        return claims;
    }
}
