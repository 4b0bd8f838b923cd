namespace WorkflowDms.Engine.Deployment;

/// <summary>Why a file (or an element of it) was refused.</summary>
/// <param name="ElementId">The element's id (<c>(document)</c> when the file as a whole is unreadable).</param>
/// <param name="ElementType">The element's BPMN type, e.g. <c>scriptTask</c> (<c>xml</c> for the document).</param>
/// <param name="Reason">What is wrong, in words a modeller can act on.</param>
/// <param name="ProcessId">The process the element belongs to, if any.</param>
public sealed record DeploymentProblem(string ElementId, string ElementType, string Reason, string? ProcessId = null)
{
    /// <summary><c>&lt;elementId&gt; &lt;elementType&gt;: &lt;reason&gt;</c>.</summary>
    public override string ToString() => $"{ElementId} {ElementType}: {Reason}";
}
