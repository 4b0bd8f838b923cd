namespace WorkflowDms.Application.Exports;

/// <summary>A produced export before formatting: one row element name, the columns, the rows (invariant-culture text).</summary>
public sealed record ExportTable(string Kind, string RowName, IReadOnlyList<string> Columns, IReadOnlyList<IReadOnlyList<string?>> Rows);
