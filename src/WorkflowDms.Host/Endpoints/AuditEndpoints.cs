using System.Globalization;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;
using WorkflowDms.Application.Auditing;
using WorkflowDms.Application.Common;
using WorkflowDms.Host.Security;

namespace WorkflowDms.Host.Endpoints;

/// <summary>The tamper-evident audit trail: read within scope by filters; verify the whole chain (admins, auditors).</summary>
internal sealed class AuditEndpoints : IEndpointModule
{
    public void Map(IEndpointRouteBuilder api)
    {
        var audit = api.MapGroup("/audit").WithTags("Audit");

        audit.MapGet("/", ListAsync).RequireAuthorization(Policies.Authenticated)
            .WithSummary("Audit entries within your scope, oldest first, by any of from/to (ISO 8601, UTC), actor, action, subject (e.g. claim:{id}); page with after=<last sequence> and limit (≤ 1000)")
            .ProducesProblem(400);
        audit.MapGet("/verify", VerifyAsync).RequireAuthorization(Policies.Admin)
            .WithSummary("Recompute the hash chain; reports the first broken entry");
    }

    private static async Task<Ok<IReadOnlyList<AuditEntryView>>> ListAsync(
        HttpContext http,
        AuditQueries queries,
        [FromQuery] string? from,
        [FromQuery] string? to,
        [FromQuery] string? actor,
        [FromQuery] string? action,
        [FromQuery] string? subject,
        [FromQuery] string? after,
        [FromQuery] string? limit,
        CancellationToken ct)
    {
        var query = new AuditQuery(
            Time(from, "from"),
            Time(to, "to"),
            Blank(actor),
            Blank(action),
            Blank(subject),
            string.IsNullOrEmpty(after) ? null : long.TryParse(after, NumberStyles.None, CultureInfo.InvariantCulture, out var a) ? a : throw Invalid("after", "after is the sequence number of the last entry seen."),
            string.IsNullOrEmpty(limit) ? AuditQueries.MaxEntries
                : int.TryParse(limit, NumberStyles.None, CultureInfo.InvariantCulture, out var l) && l is >= 1 and <= AuditQueries.MaxEntries ? l
                : throw Invalid("limit", $"limit is a whole number from 1 to {AuditQueries.MaxEntries}."));
        return TypedResults.Ok(await queries.ListAsync(http.Actor(), query, ct));
    }

    private static async Task<Ok<AuditVerification>> VerifyAsync(AuditQueries queries, CancellationToken ct) =>
        TypedResults.Ok(await queries.VerifyAsync(ct));

    private static DateTime? Time(string? value, string field) =>
        string.IsNullOrEmpty(value) ? null
        : DateTimeOffset.TryParse(value, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var time) ? time.UtcDateTime
        : throw Invalid(field, $"{field} is an ISO 8601 date or time, e.g. 2026-11-23T09:00:00Z.");

    private static string? Blank(string? value) => string.IsNullOrWhiteSpace(value) ? null : value.Trim();

    private static RequestBodyException Invalid(string field, string detail) => new(400, "Invalid query", detail, field);
}
