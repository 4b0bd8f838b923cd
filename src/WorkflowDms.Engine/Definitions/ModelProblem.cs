namespace WorkflowDms.Engine.Definitions;

/// <summary>A problem found while reading a process; reported only if the process is executable.</summary>
internal sealed record ModelProblem(int DocumentOrder, string ElementId, string ElementType, string Reason);
