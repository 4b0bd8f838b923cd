using System.Globalization;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;

namespace WorkflowDms.LoadTests.Setup;

/// <summary>
/// Creates the load test's organisation through the public admin API, signed in as the bootstrap admin:
/// region R1, branch B11, <c>dealerCount</c> tier-1 dealers with the demo's warranty terms and one API key
/// each, and a warranty reviewer at HQ.
/// </summary>
internal sealed class ApiSetup(HttpClient http)
{
    public const string ReviewerEmail = "load.reviewer@bench.local";

    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    public async Task<SeededOrganisation> CreateAsync(Guid hqId, int dealerCount, CancellationToken cancellationToken)
    {
        var admin = await LoginAsync(http, DirectSetup.AdminEmail, cancellationToken).ConfigureAwait(false);
        var region = await PostAsync(admin, "/api/v1/admin/org-nodes", new { parentId = hqId, code = "R1", name = "Region East", kind = "region" }, cancellationToken).ConfigureAwait(false);
        var branch = await PostAsync(admin, "/api/v1/admin/org-nodes", new { parentId = Id(region), code = "B11", name = "Branch Jiangsu", kind = "branch" }, cancellationToken).ConfigureAwait(false);
        var dealers = new List<SeededDealer>();
        for (var i = 1; i <= dealerCount; i++)
        {
            var code = "D" + (1000 + i).ToString(CultureInfo.InvariantCulture);
            var dealer = await PostAsync(admin, "/api/v1/admin/dealers", new
            {
                parentId = Id(branch),
                code,
                name = "Load dealer " + code,
                kind = "dealer",
                tier = 1,
                currency = "CNY",
                authorizedForWarranty = true,
                warrantyLaborRate = 120.00m,
                claimWindowDays = 30,
                autoApprovalLimit = 1_000.00m,
                preAuthorizationThreshold = 10_000.00m,
            }, cancellationToken).ConfigureAwait(false);
            var key = await PostAsync(admin, $"/api/v1/admin/dealers/{Id(dealer)}/keys", new { label = "load test" }, cancellationToken).ConfigureAwait(false);
            dealers.Add(new SeededDealer(code, dealer.GetProperty("orgNodeId").GetGuid(), key.GetProperty("key").GetString()!));
        }

        var reviewer = await PostAsync(admin, "/api/v1/admin/users", new { email = ReviewerEmail, displayName = "Load reviewer", password = DirectSetup.Password, orgNodeId = hqId }, cancellationToken).ConfigureAwait(false);
        await PostAsync(admin, $"/api/v1/admin/users/{reviewer.GetProperty("id").GetString()}/roles", new { group = "warranty-reviewers", orgNodeId = hqId }, cancellationToken).ConfigureAwait(false);
        return new SeededOrganisation(hqId, dealers);
    }

    /// <summary>Signs in and returns the bearer token.</summary>
    public static async Task<string> LoginAsync(HttpClient http, string email, CancellationToken cancellationToken)
    {
        using var response = await http.PostAsJsonAsync("/api/v1/auth/login", new { email, password = DirectSetup.Password }, Json, cancellationToken).ConfigureAwait(false);
        var body = await Ensure(response, cancellationToken).ConfigureAwait(false);
        return body.GetProperty("accessToken").GetString()!;
    }

    private async Task<JsonElement> PostAsync(string token, string path, object body, CancellationToken cancellationToken)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, path) { Content = JsonContent.Create(body, options: Json) };
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
        using var response = await http.SendAsync(request, cancellationToken).ConfigureAwait(false);
        return await Ensure(response, cancellationToken).ConfigureAwait(false);
    }

    private static async Task<JsonElement> Ensure(HttpResponseMessage response, CancellationToken cancellationToken)
    {
        var text = await response.Content.ReadAsStringAsync(cancellationToken).ConfigureAwait(false);
        if (!response.IsSuccessStatusCode)
        {
            throw new InvalidOperationException($"{response.RequestMessage?.Method} {response.RequestMessage?.RequestUri} → {(int)response.StatusCode}: {text}");
        }

        return string.IsNullOrEmpty(text) ? default : JsonDocument.Parse(text).RootElement.Clone();
    }

    private static Guid Id(JsonElement element) => element.GetProperty("id").GetGuid();
}
