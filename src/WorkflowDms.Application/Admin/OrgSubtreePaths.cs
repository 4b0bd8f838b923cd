using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Metadata;
using Microsoft.EntityFrameworkCore.Storage;
using WorkflowDms.Domain.Auditing;
using WorkflowDms.Domain.Organisation;
using WorkflowDms.Persistence;

namespace WorkflowDms.Application.Admin;

/// <summary>
/// Rewrites every stored org path of a moved subtree from its old prefix to its new one, in the caller's
/// transaction. The columns come from the EF model — every mapped property named <c>OrgPath</c> (cases, tasks and
/// their candidates, accounts, dealers, users, role assignments, webhooks, the case-event outbox, …) plus
/// <see cref="OrgNode.Path"/> — so an area that adds a scoped entity later is moved with the rest without anyone
/// remembering this class. The one exception is the audit trail: its entries are hash-chained and append-only,
/// they record where a thing was when it happened; the move itself is audited with both paths.
/// </summary>
internal static class OrgSubtreePaths
{
    public const string ScopeColumn = "OrgPath";

    /// <summary>Tables and columns whose org paths follow a move: (table, column) pairs, audit excluded.</summary>
    public static IReadOnlyList<(string Table, string Column)> Columns(IModel model)
    {
        ArgumentNullException.ThrowIfNull(model);
        var audit = model.FindEntityType(typeof(AuditEntry))?.GetTableName();
        var columns = new List<(string Table, string Column)>();
        foreach (var type in model.GetEntityTypes())
        {
            var property = type.ClrType == typeof(OrgNode) ? type.FindProperty(nameof(OrgNode.Path)) : type.FindProperty(ScopeColumn);
            var table = type.GetTableName();
            if (property is null || table is null || table == audit || property.ClrType != typeof(string))
            {
                continue;
            }

            var column = property.GetColumnName(StoreObjectIdentifier.Table(table, type.GetSchema()));
            if (column is not null && !columns.Contains((table, column)))
            {
                columns.Add((table, column));
            }
        }

        return columns;
    }

    /// <summary>Replaces the prefix <paramref name="from"/> by <paramref name="to"/> in every column; returns the rows changed per table.</summary>
    public static async Task<IReadOnlyDictionary<string, int>> RewriteAsync(WorkflowDmsDbContext db, string from, string to, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(db);
        OrgPath.EnsureValid(from);
        OrgPath.EnsureValid(to);
        var sql = db.GetService<ISqlGenerationHelper>();
        var counts = new SortedDictionary<string, int>(StringComparer.Ordinal);
        foreach (var (table, column) in Columns(db.Model))
        {
            var t = sql.DelimitIdentifier(table);
            var c = sql.DelimitIdentifier(column);

            // substr() compares exactly (SQLite's LIKE ignores case, so '/HQ/R1/b11/' would match '/HQ/R1/B11/');
            // the same SQL runs on SQLite and PostgreSQL. Paths end in '/', so /HQ/R1/ never touches /HQ/R10/.
            // Only the identifiers are spliced in: they come from the EF model, delimited by the provider; values are parameters.
            var statement = "UPDATE " + t + " SET " + c + " = {0} || substr(" + c + ", {1}) WHERE substr(" + c + ", 1, {2}) = {3}";
            var rows = await db.Database.ExecuteSqlRawAsync(statement, [to, from.Length + 1, from.Length, from], ct);
            if (rows > 0)
            {
                counts[table] = counts.GetValueOrDefault(table) + rows;
            }
        }

        return counts;
    }
}
