namespace WorkflowDms.Application.Designer.Workflows;

/// <summary>What changed between two versions of a process, element by element (by BPMN id).</summary>
public sealed record WorkflowDiffView(
    int From,
    int To,
    IReadOnlyList<DiffElementView> Added,
    IReadOnlyList<DiffElementView> Removed,
    IReadOnlyList<ChangedElementView> Changed);
