namespace WorkflowDms.Engine.Ports;

/// <summary>
/// A C# handler behind a service task. The key is the task's <c>camunda:topic</c> (with
/// <c>camunda:type="external"</c>), <c>camunda:class</c> or <c>camunda:delegateExpression</c>.
/// Handlers run inline, inside the command's transaction: what they change commits together with the
/// instance state and the audit entry, or not at all.
/// </summary>
public interface IServiceTaskHandler
{
    /// <summary>The handler key this handler serves.</summary>
    string Key { get; }

    /// <summary>
    /// Does the work. Returns variables to merge into the instance. Throw <see cref="BpmnErrorException"/>
    /// to raise a BPMN error that an error boundary event may catch.
    /// </summary>
    IReadOnlyDictionary<string, object?> Execute(ServiceTaskContext context);
}
