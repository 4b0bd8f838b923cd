using WorkflowDms.Domain.Policies;
using WorkflowDms.Engine.Deployment;
using WorkflowDms.Engine.Parsing;
using WorkflowDms.Rules;

namespace WorkflowDms.Fuzz;

/// <summary>
/// The entry points under the fuzzer, with their documented contracts turned into crashes: the BPMN reader may
/// throw only <see cref="BpmnParseException"/> and the deployer nothing; the expression checker and the rule-set
/// validator answer every input with a verdict, and the validator never reports an unexpected library error.
/// Instrumented code may run only inside SharpFuzz's callback (before it, AFL++'s coverage map does not exist), so
/// every instrumented object is built lazily, on the first input.
/// </summary>
internal static class FuzzTargets
{
    public static Action<string> Bpmn()
    {
        var deployer = new Lazy<BpmnDeployer>(() => new BpmnDeployer());
        return xml =>
        {
            try
            {
                BpmnReader.Read(xml);
            }
            catch (BpmnParseException)
            {
                // The reader's documented refusal.
            }

            deployer.Value.Deploy(xml, "fuzz.bpmn");
        };
    }

    public static Action<string> Expression(string rulesFolder)
    {
        var workbench = new Lazy<RuleSetWorkbench>(() => new RuleSetWorkbench(RuleSetCatalog.Load(rulesFolder, FactTypes()), null));
        return text =>
        {
            // The first character picks the rule set, so the fuzzer explores every set's declared inputs.
            var names = workbench.Value.Catalog.RuleSetNames;
            var name = names[text.Length == 0 ? 0 : text[0] % names.Count];
            workbench.Value.CheckExpression(name, text);
        };
    }

    public static Action<string> RuleSet()
    {
        var validator = new Lazy<RuleSetValidator>(() => new RuleSetValidator(FactTypes()));
        return json =>
        {
            var result = validator.Value.Validate("warranty-claim.json", json);
            var unexpected = result.Problems.FirstOrDefault(p => p.Message.StartsWith("unexpected error", StringComparison.Ordinal));
            if (unexpected is not null)
            {
                throw new InvalidOperationException(unexpected.Message);
            }
        };
    }

    private static IFactTypeResolver FactTypes() =>
        FactTypeResolver.FromNamespace(typeof(ClaimFacts).Assembly, typeof(ClaimFacts).Namespace!);
}
