using Microsoft.Extensions.Options;
using WorkflowDms.Application.Demo;
using WorkflowDms.Application.Workflows;
using WorkflowDms.Host.Extensions;
using WorkflowDms.Persistence;

namespace WorkflowDms.Host.Startup;

/// <summary>
/// Start-up work that must finish before the first request: migrations, the shipped workflows deployed,
/// and — in Development, into an empty database only — the demo data, with the demo identities printed.
/// </summary>
internal static class StartupExtensions
{
    public static async Task InitializeDatabaseAsync(this WebApplication app)
    {
        await using var scope = app.Services.CreateAsyncScope();
        var services = scope.ServiceProvider;
        await services.GetRequiredService<DatabaseMigrator>().MigrateAsync(CancellationToken.None);
        await services.GetRequiredService<Application.Designer.RuleSets.RuleSetDeployer>().DeployShippedAsync(CancellationToken.None);
        await services.GetRequiredService<WorkflowDeployer>().DeployShippedAsync(CancellationToken.None);
        await services.GetRequiredService<Application.Designer.Forms.FormDeployer>().DeployShippedAsync(CancellationToken.None);

        var options = services.GetRequiredService<IOptions<WorkflowDmsOptions>>().Value;
        if (app.Environment.IsDevelopment() && options.SeedDemoData
            && await services.GetRequiredService<DemoSeeder>().SeedIfEmptyAsync(CancellationToken.None))
        {
            app.Lifetime.ApplicationStarted.Register(() => PrintDemo(app));
        }
        else if (app.Environment.IsDevelopment())
        {
            app.Lifetime.ApplicationStarted.Register(() => PrintDemo(app));
        }
    }

    private static void PrintDemo(WebApplication app)
    {
        var urls = string.Join(", ", app.Urls);
        Console.WriteLine($"""

            WorkflowDms is running at {urls}
              OpenAPI document  {app.Urls.FirstOrDefault()}/openapi/v1.json
              API reference UI  {app.Urls.FirstOrDefault()}/openapi/ui
              Health            {app.Urls.FirstOrDefault()}/health/ready
            Demo dealer API keys (header X-Api-Key): {string.Join(", ", DemoSeeder.DealerKeys)}
            Demo staff (password {DemoSeeder.Password}): {string.Join(", ", DemoSeeder.Staff.Select(s => $"{s.Email} ({s.Group}, {s.OrgCode})"))}
            Sign in: POST /api/v1/auth/login {"{"}"email":"hq.reviewer@demo.local","password":"{DemoSeeder.Password}"{"}"}

            """);
    }
}
