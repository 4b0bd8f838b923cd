namespace WorkflowDms.Domain.Workflows;

/// <summary>
/// Where a published version came from. The start-up redeploy compares a shipped file only with the last
/// <see cref="File"/> version, so a designer publication is not overridden by an unchanged shipped file (ADR 0008).
/// </summary>
public enum DefinitionSource
{
    /// <summary>A shipped file (workflows/*.bpmn, forms/*.form), deployed at start-up.</summary>
    File,

    /// <summary>Published by an analyst from the designer.</summary>
    Designer,
}
