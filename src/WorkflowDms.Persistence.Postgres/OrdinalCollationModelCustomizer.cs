using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;

namespace WorkflowDms.Persistence.Postgres;

/// <summary>
/// Gives every text column PostgreSQL's "C" collation, whatever locale the database was created with. The
/// application compares and orders text ordinally, as SQLite does and as the in-memory keyset merges do
/// (org paths, document numbers, task ids in cursors); a linguistic collation would order "/HQ/R10/" and
/// punctuation differently, and only a "C" column lets <c>OrgPath LIKE '/HQ/R1/%'</c> use a plain btree index.
/// </summary>
internal sealed class OrdinalCollationModelCustomizer(ModelCustomizerDependencies dependencies) : RelationalModelCustomizer(dependencies)
{
    internal const string Collation = "C";

    public override void Customize(ModelBuilder modelBuilder, DbContext context)
    {
        base.Customize(modelBuilder, context);
        foreach (var property in modelBuilder.Model.GetEntityTypes().SelectMany(e => e.GetDeclaredProperties()))
        {
            if ((property.GetValueConverter()?.ProviderClrType ?? property.ClrType) == typeof(string))
            {
                property.SetCollation(Collation);
            }
        }
    }
}
