using System.Globalization;
using WorkflowDms.Engine.Ports;

namespace WorkflowDms.Application.Claims;

/// <summary>
/// Approves a pre-authorisation with the reviewer's authorised maximum and last valid day (form
/// <c>pre-authorization-review</c>); the lifecycle refuses a validity that already ended (422 <c>invalid-validity</c>).
/// </summary>
internal sealed class PreAuthorizationApproveHandler(PreAuthorizationStepContext steps) : IServiceTaskHandler
{
    public string Key => PreAuthorizationKeys.ApproveTopic;

    public IReadOnlyDictionary<string, object?> Execute(ServiceTaskContext context)
    {
        var pa = steps.Load(context);
        var maxMinor = context.Variables.GetValueOrDefault(PreAuthorizationKeys.AuthorizedMaxVariable) as long?
            ?? throw new BpmnErrorException("authorized-amount-missing", $"'{context.ElementId}' needs the variable {PreAuthorizationKeys.AuthorizedMaxVariable}.");
        var until = DateTime.ParseExact(
            PreAuthorizationStepContext.Text(context, PreAuthorizationKeys.ValidUntilVariable)
                ?? throw new BpmnErrorException("validity-missing", $"'{context.ElementId}' needs the variable {PreAuthorizationKeys.ValidUntilVariable}."),
            "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.AdjustToUniversal | DateTimeStyles.AssumeUniversal);
        steps.Change(pa, "approve", p => p.Approve(maxMinor, until, steps.Actor.Name, PreAuthorizationStepContext.Text(context, "comment"), steps.Now));
        return new Dictionary<string, object?>();
    }
}
