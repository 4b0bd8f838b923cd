using WorkflowDms.Engine.Behaviors;
using WorkflowDms.Engine.Definitions;
using WorkflowDms.Engine.Parsing;
using WorkflowDms.Engine.Ports;

namespace WorkflowDms.Engine.Deployment;

/// <summary>
/// Reads and classifies BPMN files. Executable processes are validated against the supported subset
/// (docs/bpmn-subset.md), their expressions compiled and their nodes bound to behaviors; non-executable processes
/// are display-only and not validated. Never throws for bad input: every failure is an invalid result.
/// </summary>
public sealed class BpmnDeployer
{
    private readonly IRuleEvaluator? _rules;
    private readonly HashSet<string>? _handlerKeys;

    /// <summary>
    /// Creates a deployer. When <paramref name="rules"/> or <paramref name="handlers"/> are given, decision refs
    /// and service-task handler keys are checked against them; otherwise only their presence is checked.
    /// </summary>
    public BpmnDeployer(IRuleEvaluator? rules = null, IEnumerable<IServiceTaskHandler>? handlers = null)
    {
        _rules = rules;
        _handlerKeys = handlers?.Select(h => h.Key).ToHashSet(StringComparer.Ordinal);
    }

    /// <summary>Classifies BPMN XML text.</summary>
    public DeploymentResult Deploy(string bpmnXml, string? fileName = null)
    {
        ArgumentNullException.ThrowIfNull(bpmnXml);
        return Deploy(() => BpmnReader.Read(bpmnXml), fileName);
    }

    /// <summary>Classifies a BPMN file read from a stream (the stream is not closed).</summary>
    public DeploymentResult Deploy(Stream bpmn, string? fileName = null)
    {
        ArgumentNullException.ThrowIfNull(bpmn);
        return Deploy(() => BpmnReader.Read(bpmn), fileName);
    }

    private DeploymentResult Deploy(Func<BpmnDocument> read, string? fileName)
    {
        BpmnDocument document;
        try
        {
            document = read();
        }
        catch (BpmnParseException ex)
        {
            return Invalid(fileName, [new DeploymentProblem(ex.ElementId, ex.ElementType, ex.Reason)]);
        }
        catch (Exception ex) when (ex is not OutOfMemoryException)
        {
            // Last line of defence for hostile input: a reader bug must surface as an invalid file, not a 500.
            return Invalid(fileName, [new DeploymentProblem(BpmnParseException.DocumentElementId, "xml", $"unreadable document: {ex.Message}")]);
        }

        var problems = new List<DeploymentProblem>();
        var executable = new List<ProcessDefinition>();
        foreach (var process in document.Processes)
        {
            if (!process.IsExecutable)
            {
                continue;
            }

            ProcessValidator.Validate(process, _rules, _handlerKeys);
            foreach (var problem in process.Problems.OrderBy(p => p.DocumentOrder))
            {
                problems.Add(new DeploymentProblem(problem.ElementId, problem.ElementType, problem.Reason, process.Id));
            }

            executable.Add(process);
        }

        if (problems.Count > 0)
        {
            return Invalid(fileName, problems, document);
        }

        foreach (var process in executable)
        {
            foreach (var node in process.NodesById.Values)
            {
                node.Behavior = BehaviorFactory.For(node);
            }

            process.IsDeployed = true;
        }

        return new DeploymentResult
        {
            FileName = fileName,
            Status = executable.Count > 0 ? DeploymentStatus.Executable : DeploymentStatus.DisplayOnly,
            HasDiagram = document.HasDiagram,
            Processes = document.Processes,
            ExecutableProcesses = executable,
        };
    }

    private static DeploymentResult Invalid(string? fileName, List<DeploymentProblem> problems, BpmnDocument? document = null) => new()
    {
        FileName = fileName,
        Status = DeploymentStatus.Invalid,
        HasDiagram = document?.HasDiagram ?? false,
        Processes = document?.Processes ?? [],
        Problems = problems,
    };
}
