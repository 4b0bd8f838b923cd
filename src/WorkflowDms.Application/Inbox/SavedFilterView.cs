namespace WorkflowDms.Application.Inbox;

/// <summary>A saved inbox filter: pass its query's values as GET /tasks parameters.</summary>
public sealed record SavedFilterView(Guid Id, string Name, TaskFilterQuery Query);
