namespace WorkflowDms.Persistence.Configurations;

/// <summary>
/// Shared column lengths. SQLite ignores them; PostgreSQL turns them into varchar(n), so they are chosen
/// for the later migration set and kept in one place.
/// </summary>
internal static class ColumnLengths
{
    public const int Code = 32;
    public const int Name = 200;
    public const int Path = 512;
    public const int Hash = 64;
    public const int UserId = 450;
    public const int Reason = 32;
    public const int Comment = 2000;
    public const int Key = 300;
}
