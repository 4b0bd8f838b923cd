namespace WorkflowDms.Persistence.Providers;

/// <summary>Reads the provider setting; the host and the CLI both choose their registration from it.</summary>
public static class DatabaseProviderSetting
{
    /// <summary>Configuration key (environment: <c>WorkflowDms__Database__Provider</c>); the connection string is <c>ConnectionStrings:WorkflowDms</c>.</summary>
    public const string Key = "WorkflowDms:Database:Provider";

    /// <summary><c>sqlite</c> (also when unset) or <c>postgres</c>; anything else stops start-up naming the setting.</summary>
    public static DatabaseProvider Parse(string? value) => value?.Trim().ToUpperInvariant() switch
    {
        null or "" or "SQLITE" => DatabaseProvider.Sqlite,
        "POSTGRES" or "POSTGRESQL" => DatabaseProvider.Postgres,
        _ => throw new InvalidOperationException($"{Key} must be 'sqlite' or 'postgres', not '{value}'."),
    };
}
