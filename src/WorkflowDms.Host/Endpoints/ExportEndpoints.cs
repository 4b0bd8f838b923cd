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
            .WithSummary("Export claims (approved), credit-notes or credit-blocks of a period as CSV or XML")
            .WithDescription("Query: from, to (ISO dates, UTC, to exclusive, at most 366 days), format=csv|xml (default csv).")
            .Produces(200, contentType: "text/csv").Produces(200, contentType: "application/xml")
            .ProducesProblem(400).ProducesProblem(404);
    }

    private static async Task<IResult> ExportAsync(
        string kind, HttpContext http, ExportService exports, [FromQuery] DateTime? from, [FromQuery] DateTime? to, [FromQuery] string? format, CancellationToken ct)
    {
        var file = await exports.ProduceAsync(http.Actor(), kind, ExportPeriod.Parse(from, to), format, ct);
        http.Response.Headers["X-Export-Rows"] = file.RowCount.ToString(System.Globalization.CultureInfo.InvariantCulture);
        return Results.File(file.Content, file.ContentType, file.FileName);
    }
}
