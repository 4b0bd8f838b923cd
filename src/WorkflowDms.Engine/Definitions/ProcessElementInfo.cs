namespace WorkflowDms.Engine.Definitions;

/// <summary>One element of a process, for the designer and the instance view.</summary>
/// <param name="Id">Element id.</param>
/// <param name="ElementType">BPMN local name, e.g. <c>userTask</c>.</param>
/// <param name="Name">Element name, if any.</param>
/// <param name="ParentId">The enclosing sub-process, or null at process level.</param>
public sealed record ProcessElementInfo(string Id, string ElementType, string? Name, string? ParentId);
