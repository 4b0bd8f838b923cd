namespace WorkflowDms.Persistence.Providers;

/// <summary>The database WorkflowDms runs on, chosen by <see cref="DatabaseProviderSetting.Key"/> (ADR 0013).</summary>
public enum DatabaseProvider
{
    Sqlite,
    Postgres,
}
