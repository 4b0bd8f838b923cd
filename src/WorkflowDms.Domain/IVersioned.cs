namespace WorkflowDms.Domain;

/// <summary>
/// Marks an entity with an optimistic-concurrency counter. Persistence increments <see cref="Version"/>
/// on every save and uses it as the concurrency token, because SQLite has no rowversion column: two
/// writers that loaded the same version can never both win.
/// </summary>
public interface IVersioned
{
    int Version { get; }
}
