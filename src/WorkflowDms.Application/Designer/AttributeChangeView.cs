namespace WorkflowDms.Application.Designer;

/// <summary>One attribute of an element that differs between two versions (null: absent on that side).</summary>
public sealed record AttributeChangeView(string Attribute, string? From, string? To);
