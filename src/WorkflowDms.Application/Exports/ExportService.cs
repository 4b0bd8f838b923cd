using Microsoft.Extensions.DependencyInjection;
using WorkflowDms.Application.Auditing;
using WorkflowDms.Application.Common;
using WorkflowDms.Application.Security;
using WorkflowDms.Domain.Auditing;
using WorkflowDms.Domain.Errors;
using WorkflowDms.Persistence;

namespace WorkflowDms.Application.Exports;

/// <summary>
/// Exports for the ERP (the founding documents' "XML or TXT" interfaces), by period and within the caller's
/// scope, as CSV or XML. One source per kind: <see cref="ClaimsExport"/>, <see cref="CreditNotesExport"/>,
/// <see cref="InvoicesExport"/>, <see cref="CreditBlocksExport"/>. Every row carries a document number, the dealer
/// code, its dates, the currency and amounts in minor units, and where it has one, the source case.
/// </summary>
/// <remarks>
/// The rows are read outside the command runner, so an export never holds SQLite's single write lock while it
/// reads; only the audit entry (<see cref="AuditAction.ExportProduced"/>) is written as a command. An export is
/// bounded: more than the row limit is a 422 asking for a shorter period, never an unbounded buffer.
/// </remarks>
public sealed class ExportService(CommandRunner runner, WorkflowDmsDbContext reads, TimeProvider clock)
{
    /// <summary>Rows one export may hold unless the host configures otherwise (<c>WorkflowDms:ExportMaxRows</c>).</summary>
    public const int DefaultMaxRows = 100_000;

    private static readonly Dictionary<string, Func<WorkflowDmsDbContext, ExportQuery, CancellationToken, Task<ExportTable>>> Sources = new(StringComparer.Ordinal)
    {
        ["claims"] = ClaimsExport.ReadAsync,
        ["credit-notes"] = CreditNotesExport.ReadAsync,
        ["invoices"] = InvoicesExport.ReadAsync,
        ["credit-blocks"] = CreditBlocksExport.ReadAsync,
    };

    public static IReadOnlyList<string> Kinds { get; } = ["claims", "credit-notes", "invoices", "credit-blocks"];

    public async Task<ExportFile> ProduceAsync(Actor actor, string kind, ExportPeriod period, string? format, int maxRows, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(actor);
        ArgumentNullException.ThrowIfNull(period);
        format = string.IsNullOrEmpty(format) ? "csv" : format.ToLowerInvariant();
        if (format is not ("csv" or "xml"))
        {
            throw new RequestBodyException(400, "Invalid query", "'format' must be xml or csv.", "format");
        }

        if (!Sources.TryGetValue(kind, out var source))
        {
            throw new NotFoundException("export kind", kind);
        }

        var limit = Math.Max(1, maxRows);
        var table = await source(reads, new ExportQuery(actor.OrgPath, period, limit), cancellationToken);
        if (table.Rows.Count > limit)
        {
            throw new RequestBodyException(422, "Export too large", $"The {kind} export of this period has more rows than the limit of {limit}; export a shorter period.", "to");
        }

        var now = clock.GetUtcNow().UtcDateTime;
        var content = format == "xml" ? ExportWriters.Xml(table, period, now) : ExportWriters.Csv(table);
        await runner.RunAsync(async (services, _, ct) =>
        {
            await services.GetRequiredService<AuditTrail>().AppendAsync(actor, AuditAction.ExportProduced, $"export:{kind}", actor.OrgPath,
                new { kind, period.From, period.To, format, rows = table.Rows.Count }, ct);
            return 0;
        }, cancellationToken);
        var name = $"{kind}_{period.From:yyyyMMdd}_{period.To:yyyyMMdd}.{format}";
        return new ExportFile(format == "xml" ? "application/xml" : "text/csv", name, content, table.Rows.Count);
    }
}
