using System.Text.Json;
using WorkflowDms.Application.Policies;
using WorkflowDms.Persistence;

namespace WorkflowDms.Application.Claims;

/// <summary>The <c>warranty-claim</c> rule set's facts come from the claim; its result is kept on the claim.</summary>
internal sealed class ClaimRuleFacts(WorkflowDmsDbContext db, TimeProvider clock) : IRuleFactsProvider
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    public string RuleSet => ClaimKeys.RuleSet;

    public IReadOnlyDictionary<string, object?> Build(Guid caseId, IReadOnlyDictionary<string, object?> variables) =>
        ClaimFactsBuilder.Build(db, ClaimLookup.Find(db, caseId), variables.GetValueOrDefault("manualAuditRequested") is true, clock.GetUtcNow().UtcDateTime);

    public void Record(Guid caseId, RuleResultView result) =>
        ClaimLookup.Find(db, caseId).RecordRuleResult(JsonSerializer.Serialize(result, Json), result.EvaluatedAt);
}
