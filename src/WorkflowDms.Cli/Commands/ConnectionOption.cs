namespace WorkflowDms.Cli.Commands;

/// <summary>The <c>--connection</c> option, else the host's environment variable, else the host's default.</summary>
internal static class ConnectionOption
{
    public static string Parse(string[] rest) => rest switch
    {
        [] => Environment.GetEnvironmentVariable("ConnectionStrings__WorkflowDms") is { Length: > 0 } fromEnvironment
            ? fromEnvironment
            : Persistence.Sqlite.PersistenceServiceCollectionExtensions.DefaultConnectionString,
        ["--connection", var value] when !string.IsNullOrWhiteSpace(value) => value,
        _ => throw new UsageException($"unexpected arguments: {string.Join(' ', rest)}"),
    };
}
