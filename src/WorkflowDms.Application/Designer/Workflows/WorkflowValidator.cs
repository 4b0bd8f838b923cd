using WorkflowDms.Engine.Definitions;
using WorkflowDms.Engine.Deployment;
using WorkflowDms.Engine.Ports;

namespace WorkflowDms.Application.Designer.Workflows;

/// <summary>
/// Validates designer XML with the engine's own reader and deployment checks, against the handlers and rule
/// sets this host has — the same checks a shipped file passes at start-up — so what validates here runs.
/// </summary>
public sealed class WorkflowValidator(IRuleEvaluator rules, IEnumerable<IServiceTaskHandler> handlers)
{
    /// <summary>Largest draft accepted, in characters (the shipped files are under 50,000).</summary>
    public const int MaxXmlCharacters = 1_000_000;

    public WorkflowValidationView Validate(string xml, string? processId = null) => Check(xml, processId).View;

    /// <summary>The verdict and, when executable, the deployed definition of <paramref name="processId"/>.</summary>
    internal (WorkflowValidationView View, ProcessDefinition? Definition) Check(string xml, string? processId)
    {
        var result = new BpmnDeployer(rules, handlers).Deploy(xml, processId);
        var problems = result.Problems.Select(p => new WorkflowProblemView(p.ElementId, p.ElementType, p.Reason)).ToList();
        if (processId is null)
        {
            return (new WorkflowValidationView(result.Status == DeploymentStatus.Executable, StatusName(result.Status), problems), null);
        }

        var definition = result.ExecutableProcesses.FirstOrDefault(p => p.Id == processId);
        if (result.Status != DeploymentStatus.Invalid && definition is null)
        {
            // Publishing stores the process under the route's id; a file about another process would start the wrong thing.
            var found = result.Processes.FirstOrDefault();
            problems.Add(new WorkflowProblemView(found?.Id ?? processId, "process", result.Processes.Any(p => p.Id == processId)
                ? $"process '{processId}' is not executable (isExecutable=\"true\" is missing)"
                : $"the document has no process with id '{processId}'"));
            return (new WorkflowValidationView(false, "INVALID", problems), null);
        }

        return (new WorkflowValidationView(definition is not null, StatusName(result.Status), problems), definition);
    }

    private static string StatusName(DeploymentStatus status) => status switch
    {
        DeploymentStatus.Executable => "OK",
        DeploymentStatus.DisplayOnly => "DISPLAY-ONLY",
        _ => "INVALID",
    };
}
