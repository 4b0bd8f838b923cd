using Microsoft.AspNetCore.DataProtection;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.DependencyInjection.Extensions;
using WorkflowDms.Application.Webhooks;

namespace WorkflowDms.Host.Security;

/// <summary>
/// Webhook hardening (ADR 0012): the SSRF options (<c>WorkflowDms:Webhooks</c>; plain http allowed by default in
/// Development only) and Data Protection with its key ring in a folder next to the SQLite database
/// (<c>data/keys</c>), or <c>WorkflowDms:DataProtectionKeysPath</c> — the folder every host of a scale-out must share.
/// The same key ring protects the sign-in cookie and bearer tokens, which therefore survive a restart.
/// </summary>
internal static class WebhookSecuritySetup
{
    public static void AddWebhookSecurity(this WebApplicationBuilder builder)
    {
        var section = builder.Configuration.GetSection(WebhookSecurityOptions.Section);
        var options = new WebhookSecurityOptions
        {
            AllowHttp = section.GetValue<bool?>(nameof(WebhookSecurityOptions.AllowHttp)) ?? builder.Environment.IsDevelopment(),
            AllowedNetworks = section.GetSection(nameof(WebhookSecurityOptions.AllowedNetworks)).Get<string[]>() ?? [],
        };
        builder.Services.Replace(ServiceDescriptor.Singleton(options));

        builder.Services.AddDataProtection()
            .SetApplicationName("WorkflowDms")
            .PersistKeysToFileSystem(new DirectoryInfo(KeysPath(builder)));
        builder.Services.AddSingleton<IWebhookSecretProtector, DataProtectionWebhookSecrets>();
    }

    private static string KeysPath(WebApplicationBuilder builder)
    {
        if (builder.Configuration["WorkflowDms:DataProtectionKeysPath"] is { Length: > 0 } configured)
        {
            return Path.GetFullPath(configured, builder.Environment.ContentRootPath);
        }

        var database = DatabaseFile(builder.Configuration.GetConnectionString("WorkflowDms"));
        var data = database is null ? Path.Combine(builder.Environment.ContentRootPath, "data") : Path.GetDirectoryName(Path.GetFullPath(database, builder.Environment.ContentRootPath))!;
        return Path.Combine(data, "keys");
    }

    /// <summary>The SQLite file of the connection string, or null (another provider, or an in-memory database).</summary>
    private static string? DatabaseFile(string? connectionString)
    {
        if (string.IsNullOrEmpty(connectionString))
        {
            return "data/workflowdms.db";
        }

        try
        {
            var source = new SqliteConnectionStringBuilder(connectionString).DataSource;
            return string.IsNullOrEmpty(source) || source == ":memory:" ? null : source;
        }
        catch (ArgumentException)
        {
            return null; // not a SQLite connection string (PostgreSQL): keys under the content root's data folder
        }
    }
}
