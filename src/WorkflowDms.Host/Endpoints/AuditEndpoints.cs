using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;
using WorkflowDms.Application.Auditing;
using WorkflowDms.Host.Security;

namespace WorkflowDms.Host.Endpoints;

/// <summary>The tamper-evident audit trail: read by subject within scope; verify the whole chain (admins, auditors).</summary>
internal sealed class AuditEndpoints : IEndpointModule
{
    public void Map(IEndpointRouteBuilder api)
    {
        var audit = api.MapGroup("/audit").WithTags("Audit");

        audit.MapGet("/", ListAsync).RequireAuthorization(Policies.Authenticated)
            .WithSummary("Audit entries of one subject, e.g. subject=claim:{id}, oldest first");
        audit.MapGet("/verify", VerifyAsync).RequireAuthorization(Policies.Admin)
            .WithSummary("Recompute the hash chain; reports the first broken entry");
    }

    private static async Task<Ok<IReadOnlyList<AuditEntryView>>> ListAsync(
        HttpContext http, AuditQueries queries, [FromQuery] string? subject, CancellationToken ct) =>
        TypedResults.Ok(await queries.ListAsync(http.Actor(), subject, ct));

    private static async Task<Ok<AuditVerification>> VerifyAsync(AuditQueries queries, CancellationToken ct) =>
        TypedResults.Ok(await queries.VerifyAsync(ct));
}
