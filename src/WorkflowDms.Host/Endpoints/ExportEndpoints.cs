using Microsoft.AspNetCore.Mvc;
using WorkflowDms.Application.Exports;
using WorkflowDms.Host.Security;

namespace WorkflowDms.Host.Endpoints;

/// <summary>ERP exports by period within the caller's scope (staff: their subtree; dealers: their own and sub-dealers').</summary>
internal sealed class ExportEndpoints : IEndpointModule
{
    public void Map(IEndpointRouteBuilder api)
    {
        api.MapGroup("/exports").WithTags("Exports").RequireAuthorization(Policies.Authenticated)
            .MapGet("/{kind}", ExportAsync)
            .WithSummary("Export claims (approved), credit-notes (returns and warranty settlement), invoices (ERP-posted) or credit-blocks of a period as CSV or XML")
            .WithDescription(
                $"Kinds: {string.Join(", ", ExportService.Kinds)}. Query: from, to (ISO dates or date-times, UTC, to exclusive, at most {ExportPeriod.MaxDays} days), " +
                "format=csv|xml (default csv). Amounts are in minor units with their currency. More rows than the host's limit is a 422: export a shorter period.")
            .Produces(200, contentType: "text/csv").Produces(200, contentType: "application/xml")
            .ProducesProblem(400).ProducesProblem(404).ProducesProblem(422);
    }

    // from and to arrive as text and are parsed by ExportPeriod, so an unreadable date is a 400 naming its field.
    private static async Task<IResult> ExportAsync(
        string kind, HttpContext http, ExportService exports, IConfiguration configuration,
        [FromQuery] string? from, [FromQuery] string? to, [FromQuery] string? format, CancellationToken ct)
    {
        var maxRows = configuration.GetValue("WorkflowDms:ExportMaxRows", ExportService.DefaultMaxRows);
        var file = await exports.ProduceAsync(http.Actor(), kind, ExportPeriod.Parse(from, to), format, maxRows, ct);
        http.Response.Headers["X-Export-Rows"] = file.RowCount.ToString(System.Globalization.CultureInfo.InvariantCulture);
        return Results.File(file.Content, file.ContentType, file.FileName);
    }
}
