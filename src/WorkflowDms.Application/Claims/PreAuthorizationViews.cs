using System.Text.Json;
using WorkflowDms.Domain.Claims;

namespace WorkflowDms.Application.Claims;

/// <summary>A pre-authorisation as the API shows it: to its dealer and staff, and beside its review task.</summary>
internal static class PreAuthorizationViews
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    public static PreAuthorizationView ToView(this PreAuthorization pa) => new(
        pa.Id, pa.Number, pa.Status.ToString(), pa.DealerCode, pa.Vin, pa.FaultCode, pa.Description, pa.EstimatedMinor / 100m, pa.Currency,
        pa.AuthorizedMaxMinor is { } m ? m / 100m : null, pa.ValidFrom, pa.ValidUntil, pa.DecisionReasonCode, pa.DecisionComment,
        pa.SubmissionCount, pa.RequestedAt, pa.UpdatedAt,
        JsonSerializer.Deserialize<List<PreAuthorizationLine>>(pa.PlannedLinesJson, Json) ?? []);
}
