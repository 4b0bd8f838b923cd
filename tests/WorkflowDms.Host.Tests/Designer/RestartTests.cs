using System.Net;
using Microsoft.AspNetCore.Mvc.Testing;
using WorkflowDms.Host.Tests.Claims;
using WorkflowDms.Host.Tests.Infrastructure;

namespace WorkflowDms.Host.Tests.Designer;

/// <summary>
/// ADR 0008: a restarted host (a second host on the same database) redeploys the shipped files, but an unchanged
/// shipped file does not override a version published from the designer; a changed one does.
/// </summary>
public sealed class RestartTests(HostFixture host) : IClassFixture<HostFixture>
{
    private const string Versions = "/api/v1/designer/workflows/warranty-claim/versions";

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task Restart_UnchangedShippedFileKeepsTheDesignerVersion_ChangedShippedFileGoesAboveIt()
    {
        var analyst = await host.AsStaffAsync(DesignerApi.Analyst);
        var shipped = await analyst.LatestVersionAsync();
        await analyst.SaveDraftAsync(DesignerApi.WithTriageTask(await analyst.XmlAsync(shipped)), shipped);
        await analyst.PostJsonAsync("/api/v1/designer/workflows/warranty-claim/publish", "{}").ExpectAsync(HttpStatusCode.OK);

        // Restart with the same shipped files: nothing new is deployed, new claims still start on the designer version.
        await using (var restarted = host.WithWebHostBuilder(_ => { }))
        {
            var versions = await (await LoginAsync(restarted)).GetArrayAsync(Versions);
            Assert.Equal(shipped + 1, versions[0]!["version"]!.GetValue<int>());
            Assert.Equal("designer", versions[0]!["source"]!.GetValue<string>());
            Assert.Equal(shipped + 1, versions.Count);

            var claim = await restarted.CreateClient().WithKey("D1001").PostJsonAsync("/api/v1/claims", ApiClient.Serialize(DemoClaims.CatalyticConverter("RST-1"))).ExpectAsync(HttpStatusCode.Created);
            var reviewer = await LoginAsync(restarted, "hq.reviewer@demo.local");
            Assert.Equal("triageClaim", (await WarrantyApi.TaskForAsync(reviewer, claim["id"]!.GetValue<string>()))!["elementId"]!.GetValue<string>());
        }

        // Restart with a changed shipped file: it becomes the next version, above the designer's.
        var directory = Path.Combine(Path.GetTempPath(), "wdms-tests", "restart-" + Guid.NewGuid().ToString("N"));
        try
        {
            var workflows = CopyContent(directory);
            var file = Path.Combine(workflows, "warranty-claim.bpmn");
            await File.WriteAllTextAsync(file, (await File.ReadAllTextAsync(file, Ct)).Replace("name=\"Warranty claim\"", "name=\"Warranty claim (release 2)\"", StringComparison.Ordinal), Ct);
            await using var released = host.WithWebHostBuilder(b => b.UseSetting("WorkflowDms:WorkflowsPath", workflows));
            var versions = await (await LoginAsync(released)).GetArrayAsync(Versions);
            Assert.Equal(shipped + 2, versions[0]!["version"]!.GetValue<int>());
            Assert.Equal("file", versions[0]!["source"]!.GetValue<string>());
            Assert.Equal("system", versions[0]!["publishedBy"]!.GetValue<string>());
            var summary = (await (await LoginAsync(released)).GetArrayAsync("/api/v1/designer/workflows")).Single(w => w!["processId"]!.GetValue<string>() == "warranty-claim")!;
            Assert.Equal("Warranty claim (release 2)", summary["name"]!.GetValue<string>());
        }
        finally
        {
            Directory.Delete(directory, recursive: true);
        }
    }

    private static Task<HttpClient> LoginAsync(WebApplicationFactory<Program> factory, string email = DesignerApi.Analyst) =>
        factory.CreateClient().LoginAsync(email);

    /// <summary>The shipped workflows/ and forms/ copied side by side (the forms are found beside the workflows).</summary>
    private static string CopyContent(string directory)
    {
        foreach (var folder in new[] { "workflows", "forms" })
        {
            var target = Directory.CreateDirectory(Path.Combine(directory, folder)).FullName;
            foreach (var source in Directory.GetFiles(Path.Combine(AppContext.BaseDirectory, folder)))
            {
                File.Copy(source, Path.Combine(target, Path.GetFileName(source)));
            }
        }

        return Path.Combine(directory, "workflows");
    }
}
