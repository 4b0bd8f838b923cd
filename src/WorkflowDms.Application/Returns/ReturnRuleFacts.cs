using System.Text.Json;
using WorkflowDms.Application.Policies;
using WorkflowDms.Persistence;

namespace WorkflowDms.Application.Returns;

/// <summary>The <c>returns-policy</c> rule set's facts come from the return; its result is kept on the return.</summary>
internal sealed class ReturnRuleFacts(WorkflowDmsDbContext db) : IRuleFactsProvider
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    public string RuleSet => ReturnKeys.RuleSet;

    public IReadOnlyDictionary<string, object?> Build(Guid caseId, IReadOnlyDictionary<string, object?> variables) =>
        ReturnFactsBuilder.Build(db, ReturnLookup.Find(db, caseId));

    public void Record(Guid caseId, RuleResultView result) =>
        ReturnLookup.Find(db, caseId).RecordRuleResult(JsonSerializer.Serialize(result, Json), result.EvaluatedAt);
}
